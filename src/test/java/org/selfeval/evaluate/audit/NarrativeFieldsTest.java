package org.selfeval.evaluate.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.model.Evaluation;
import org.selfeval.model.Finding;
import org.selfeval.testing.ClerkWorkbooks;
import org.selfeval.testing.ClerkWorkbooks.Filled;

/**
 * Each narrative field the report prints, 整体绩效完成情况 included, left blank: one R-REPORT-TEXT at its
 * cell.
 */
class NarrativeFieldsTest {

    @TempDir Path dir;

    @Test
    void everyBlankNarrativeFieldIsNamedAtItsCell() throws Exception {
        List<String> fields = ReportTextRule.NARRATIVE.stream().map(e -> e[0]).toList();
        assertTrue(fields.contains("整体绩效完成情况"), fields.toString());
        for (Filled filled : ClerkWorkbooks.all(dir)) {
            for (String field : fields) {
                int[] at = new int[1];
                Filled blank =
                        filled.edited(
                                dir.resolve(filled + "-" + field + ".xlsx"),
                                wb -> {
                                    Row r = ClerkWorkbooks.row(wb.getSheet("基本信息"), 0, field);
                                    at[0] = r.getRowNum() + 1;
                                    ClerkWorkbooks.type(r, 1, null);
                                });
                Evaluation e = blank.evaluate();
                List<Finding> text =
                        e.findings().stream()
                                .filter(f -> f.ruleId().equals("R-REPORT-TEXT"))
                                .toList();
                assertEquals(1, text.size(), filled + " " + field + ": " + Advice.describe(text));
                assertEquals(
                        "基本信息!B" + at[0], text.get(0).source().sheetCell(), filled + " " + field);
                assertTrue(text.get(0).message().contains(field), text.get(0).message());
            }
        }
    }
}
