package org.selfeval.evaluate.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.model.Evaluation;
import org.selfeval.model.Finding;
import org.selfeval.testing.ClerkWorkbooks;
import org.selfeval.testing.ClerkWorkbooks.Filled;

/** A required 基本信息 field left blank: one finding, at its cell, under every framework. */
class RequiredFieldsTest {

    @TempDir Path dir;

    @Test
    void oneFindingPerMissingRequiredField() throws Exception {
        for (Filled filled : ClerkWorkbooks.all(dir)) {
            for (String field : List.of("部门名称", "评价年度")) {
                int[] at = new int[1];
                Evaluation e =
                        filled.edited(
                                        dir.resolve(filled + field + ".xlsx"),
                                        wb -> {
                                            var r =
                                                    ClerkWorkbooks.row(
                                                            wb.getSheet("基本信息"), 0, field);
                                            at[0] = r.getRowNum() + 1;
                                            ClerkWorkbooks.type(r, 1, null);
                                        })
                                .evaluate();
                List<Finding> about =
                        e.findings().stream()
                                .filter(
                                        f ->
                                                f.source() != null
                                                                && ("基本信息!B" + at[0])
                                                                        .equals(
                                                                                f.source()
                                                                                        .sheetCell())
                                                        || field.equals(f.item()))
                                .toList();
                assertEquals(
                        1,
                        about.size(),
                        filled + " " + field + "\n" + Advice.describe(e.findings()));
                assertEquals("READ-INFO-REQUIRED", about.get(0).ruleId(), Advice.describe(about));
                assertEquals("基本信息!B" + at[0], about.get(0).source().sheetCell());
            }
        }
    }
}
