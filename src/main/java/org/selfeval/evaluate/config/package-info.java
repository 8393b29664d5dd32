/**
 * The evaluation settings: tolerances, thresholds, scoring parameters and severity overrides
 * (selfeval-default.properties, selfeval.properties, --config), with the framework in effect.
 */
package org.selfeval.evaluate.config;
