package org.selfeval.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.model.GroupScore;
import org.selfeval.testing.ClerkWorkbooks;
import org.selfeval.testing.ClerkWorkbooks.Filled;

/**
 * The summary's execution-rate column is headed in the words of the framework the submissions were
 * scored by, as a percentage, never the same header as a 一级 score column.
 */
class RateColumnTest {

    @TempDir Path dir;

    @Test
    void theRateColumnSpeaksTheFrameworksWords() throws Exception {
        for (Filled filled : ClerkWorkbooks.all(dir)) {
            List<String> level1 =
                    filled.evaluate().scores().groups().stream().map(GroupScore::name).toList();
            String header = RateColumn.header(level1);
            String expected =
                    filled.framework().equals("guangzhou-2023") ? "部门预算资金支出率（%）" : "预算执行率（%）";
            assertEquals(expected, header, filled + " " + level1);
            assertEquals(
                    false,
                    level1.contains(header),
                    "a score column has the rate's header: " + level1);
        }
        // guangzhou-2023 edited by a bureau (管理效率 renamed 管理效能) still speaks of 部门预算资金支出率
        assertEquals("部门预算资金支出率（%）", RateColumn.header(List.of("履职效能", "管理效能")));
    }
}
