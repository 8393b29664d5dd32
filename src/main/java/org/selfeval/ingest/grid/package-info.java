/**
 * The sheet grid every reading engine yields (SheetGrid, RawCell) and the limits a read keeps
 * (ReadLimits); POI's usermodel, the streaming reader and CSV all produce it, the sheet readers
 * consume it.
 */
package org.selfeval.ingest.grid;
