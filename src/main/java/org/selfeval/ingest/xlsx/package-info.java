/**
 * Engine: the streaming .xlsx/.xlsm reader (StAX over the zip parts, the values the application
 * saved), bounded in memory; a workbook it cannot read exactly as POI would goes to POI
 * (StreamingFallbackTest lists why).
 */
package org.selfeval.ingest.xlsx;
