package org.selfeval.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.evaluate.scoring.ScoringMethods;
import org.selfeval.framework.BuiltInFrameworks;
import org.selfeval.framework.Framework;
import org.selfeval.framework.FrameworkWorkbook;
import org.selfeval.model.GroupScore;
import org.selfeval.summary.roster.Roster;
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
            String header = RateColumn.header(level1, null);
            String expected =
                    filled.framework().equals("guangzhou-2023") ? "部门预算资金支出率（%）" : "预算执行率（%）";
            assertEquals(expected, header, filled + " " + level1);
            assertEquals(
                    false,
                    level1.contains(header),
                    "a score column has the rate's header: " + level1);
        }
        // guangzhou-2023 edited by a bureau (管理效率 renamed 管理效能) still speaks of 部门预算资金支出率
        assertEquals("部门预算资金支出率（%）", RateColumn.header(List.of("履职效能", "管理效能"), null));
    }

    /**
     * A bureau renames the rate in its own framework (placed beside the inbox or named with
     * --framework): the column takes its name, not the built-in one it was exported from; a board
     * of another framework's submissions keeps that framework's name.
     */
    @Test
    void aBureausRenamedRateHeadsTheColumn() throws Exception {
        Path exported =
                Files.write(
                        dir.resolve("exported.xlsx"),
                        FrameworkWorkbook.export(
                                BuiltInFrameworks.get("caiyu-2020").orElseThrow()));
        Path edited = dir.resolve("指标体系.xlsx");
        try (InputStream in = Files.newInputStream(exported);
                Workbook wb = WorkbookFactory.create(in)) {
            int renamed = 0;
            for (Row row : wb.getSheet("指标体系")) {
                Cell leaf = row.getCell(2);
                if (leaf != null && "预算执行率".equals(leaf.toString())) {
                    leaf.setCellValue("资金执行率");
                    renamed++;
                }
            }
            assertEquals(1, renamed, "the rate is one 三级 of the exported tree");
            try (OutputStream out = Files.newOutputStream(edited)) {
                wb.write(out);
            }
        }
        Framework bureaus = FrameworkWorkbook.load(edited, ScoringMethods.standard().names());
        assertEquals("资金执行率", bureaus.budgetRateName());
        List<String> level1 = bureaus.level1Names();
        assertEquals("资金执行率（%）", RateColumn.header(level1, bureaus));
        assertEquals("预算执行率（%）", RateColumn.header(level1, null));
        // Guangzhou's submissions on the same board: their own words, not the bureau's
        assertEquals("部门预算资金支出率（%）", RateColumn.header(List.of("履职效能", "管理效率"), bureaus));
        // the summary the run writes takes it through the board, from the first night on
        assertTrue(
                SummaryCsv.header(StatusBoard.of("2023", List.of(), Roster.NONE).wordedBy(bureaus))
                        .contains("资金执行率（%）"));
        assertTrue(
                SummaryCsv.header(StatusBoard.of("2023", List.of(), Roster.NONE))
                        .contains("部门预算资金支出率（%）"));
    }
}
