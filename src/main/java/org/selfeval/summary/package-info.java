/**
 * The bureau's view derived from the manifest: StatusBoard (each department's status, year over
 * year), written as 汇总.csv/汇总.xlsx and printed by selfeval status.
 */
package org.selfeval.summary;
