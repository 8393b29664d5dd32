package org.selfeval.pipeline;

import java.nio.file.Path;
import java.util.List;
import org.selfeval.model.FindingKind;

/**
 * Reads one submission (a workbook, or a folder of workbooks and CSV files) into the model. Never
 * throws for bad input.
 */
@FunctionalInterface
public interface ReadStage {
    ReadResult read(Path origin);

    /** The kinds of finding this reader reports (READ-…), for their names. */
    default List<FindingKind> kinds() {
        return List.of();
    }
}
