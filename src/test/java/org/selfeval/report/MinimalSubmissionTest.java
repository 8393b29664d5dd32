package org.selfeval.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.evaluate.audit.StaffWorkbooks;
import org.selfeval.model.Finding;
import org.selfeval.model.Severity;
import org.selfeval.pipeline.Outcome;
import org.selfeval.pipeline.Status;

/**
 * A clerk who fills 管理效率 with scores only (指标内容, 实际完成值 and 完成情况说明 left empty): the report is still
 * generated, never prints a placeholder, and the 校验报告 asks for each missing text at its cell.
 */
class MinimalSubmissionTest {

    @TempDir Path dir;

    @Test
    void scoresOnlyInManagementGiveAWarningAtEachEmptyTextAndAReportWithoutPlaceholders()
            throws Exception {
        Path workbook = dir.resolve("minimal.xlsx");
        List<String> cleared = StaffWorkbooks.scoresOnlyInManagement(workbook);
        assertEquals(23, cleared.size(), "the framework's 23 management indicators");

        Outcome outcome = RealExamples.convert(workbook, DocxRendererTest.RENDERER);
        assertEquals(Status.CONVERTED, outcome.status(), outcome.toString());
        List<Finding> asked =
                outcome.evaluation().findings().stream()
                        .filter(f -> f.ruleId().equals("R-REPORT-TEXT"))
                        .toList();
        assertEquals(cleared, asked.stream().map(f -> f.source().sheetCell()).toList());
        assertTrue(
                asked.stream()
                        .allMatch(
                                f ->
                                        f.severity() == Severity.WARNING
                                                && f.message().contains("完成情况说明")));

        String report = new Docx(outcome.report()).allText();
        assertFalse(report.contains("未填报"), report);
        // The sentence goes without the missing part: name, 分值, score.
        assertTrue(
                Pattern.compile("新增预算项目事前绩效评估，分值\\s?3\\s?分，自评得分\\s?3\\s?分").matcher(report).find(),
                report);
        String audit = new Docx(outcome.auditReport()).allText();
        assertTrue(audit.contains("报告内容缺失"), audit);
    }
}
