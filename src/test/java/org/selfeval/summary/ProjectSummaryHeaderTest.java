package org.selfeval.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.selfeval.model.ProjectTableLine;
import org.selfeval.pipeline.Status;
import org.selfeval.publish.ProjectVerdict;

/**
 * The 项目 sheet's headers follow the words and 满分 the record keeps with each verdict: one
 * framework's words as they are, two frameworks' joined by 或, a record without them (written by an
 * earlier version) the base names. Words are joined in the sheet's row order.
 */
class ProjectSummaryHeaderTest {

    private static final ProjectTableLine.Labels NATIONAL =
            new ProjectTableLine.Labels("全年预算数", "全年执行数", "执行率");
    private static final ProjectTableLine.Labels PROVINCE =
            new ProjectTableLine.Labels("调整后预算数", "全年执行数", "执行率");

    private static ProjectVerdict verdict(
            String project, ProjectTableLine.Labels words, BigDecimal outOf) {
        return new ProjectVerdict(
                "h-" + project,
                "p.xlsx",
                project,
                "某局",
                "2024",
                project,
                Status.CONVERTED,
                new BigDecimal("200"),
                new BigDecimal("190"),
                new BigDecimal("95"),
                new BigDecimal("99.5"),
                "优",
                0,
                0,
                "2024/某局/项目支出绩效自评/" + project + ".docx",
                "2024/某局/项目支出绩效自评/校验报告.docx",
                "2026-12-05 02:00:00",
                words,
                outOf);
    }

    private static List<String> header(ProjectVerdict... verdicts) {
        return ProjectSummarySheet.header(ProjectBoard.of("2024", List.of(verdicts))).subList(2, 6);
    }

    @Test
    void oneFrameworksWordsAndOutOf() {
        assertEquals(
                List.of("调整后预算数（万元）", "全年执行数（万元）", "执行率", "总分（满分100）"),
                header(verdict("甲", PROVINCE, new BigDecimal("100"))));
    }

    @Test
    void twoFrameworksWordsJoined() throws IOException {
        ProjectBoard board =
                ProjectBoard.of(
                        "2024",
                        List.of(
                                verdict("项目一", NATIONAL, new BigDecimal("100")),
                                verdict("项目二", PROVINCE, new BigDecimal("100.00"))));
        assertEquals(
                List.of("全年预算数或调整后预算数（万元）", "全年执行数（万元）", "执行率", "总分（满分100）"),
                ProjectSummarySheet.header(board).subList(2, 6));
        String csv = new String(ProjectSummarySheet.csv(board), StandardCharsets.UTF_8);
        assertEquals(
                "\uFEFF主管部门,项目名称,全年预算数或调整后预算数（万元）,全年执行数（万元）,执行率,总分（满分100）,等级,状态,备注,自评表,校验报告",
                csv.lines().findFirst().orElseThrow());
    }

    @Test
    void verdictsRecordedWithoutThemKeepTheBaseNames() {
        assertEquals(List.of("预算数（万元）", "执行数（万元）", "执行率", "总分"), header(verdict("甲", null, null)));
        // one recorded with them among older ones: its words, its 满分
        assertEquals(
                List.of("全年预算数（万元）", "全年执行数（万元）", "执行率", "总分（满分100）"),
                header(verdict("甲", null, null), verdict("乙", NATIONAL, new BigDecimal("100"))));
    }
}
