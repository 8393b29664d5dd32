package org.selfeval.project;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.selfeval.model.CellRef;
import org.selfeval.model.ProjectSheet;

/**
 * What the project reviewers share: where a sheet-wide finding points, and when a typed score
 * differs from ours.
 */
final class ProjectChecks {

    private ProjectChecks() {}

    static CellRef sheetRef(ProjectSheet sheet) {
        return new CellRef(sheet.file(), sheet.sheet(), null);
    }

    /**
     * Scores are shown with 2 decimals: a typed score differs when it does not show as the
     * recomputed one.
     */
    static boolean differs(BigDecimal typed, BigDecimal expected) {
        return typed.setScale(2, RoundingMode.HALF_UP)
                        .compareTo(expected.setScale(2, RoundingMode.HALF_UP))
                != 0;
    }
}
