/**
 * What the validate command prints: findings and scores as an aligned table, CSV or JSON
 * (ValidationPrinter), rule names from the pipeline's finding kinds.
 */
package org.selfeval.report.print;
