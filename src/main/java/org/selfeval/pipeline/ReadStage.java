package org.selfeval.ingest;

import java.nio.file.Path;

/** Reads one submission (a workbook, or a folder of workbooks and CSV files) into the model. Never throws for bad input. */
@FunctionalInterface
public interface ReadStage {
    ReadResult read(Path origin);
}
