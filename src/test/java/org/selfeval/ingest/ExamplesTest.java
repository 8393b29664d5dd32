package org.selfeval.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.selfeval.ingest.SubmissionReaderTest.assertNum;
import static org.selfeval.ingest.SubmissionReaderTest.describe;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.selfeval.model.CellRef;
import org.selfeval.model.IndicatorRow;
import org.selfeval.model.IndicatorRowKind;
import org.selfeval.model.Severity;
import org.selfeval.model.Submission;
import org.selfeval.pipeline.ReadResult;

/**
 * The committed examples in input-templates/examples read to the figures the published report
 * prints.
 */
class ExamplesTest {

    private static final Path EXAMPLES = Path.of("input-templates", "examples");

    private static Submission read(String name) {
        ReadResult r = new SubmissionReader().read(EXAMPLES.resolve(name));
        assertNotNull(r.submission(), describe(r.findings()));
        assertEquals(
                List.of(),
                r.findings().stream().filter(f -> f.severity() != Severity.INFO).toList(),
                describe(r.findings()));
        return r.submission();
    }

    private static IndicatorRow indicator(Submission s, String name) {
        return s.indicators().stream()
                .filter(i -> i.kind() == IndicatorRowKind.LEAF && i.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void asPublishedReadsToThePrintedFigures() {
        Submission s = read("huadu-amr-2023-as-published.xlsx");
        assertEquals("广州市花都区市场监督管理局", s.info().department());
        assertEquals("2023", s.info().year());
        assertEquals(15, s.info().lines("主要职责").size());
        assertNum("27", s.info().number("二级项目个数").orElseThrow());
        assertNum("4490.04", s.info().number("二级项目资金").orElseThrow());
        assertNum("22928.75", s.info().number("整体支出自评金额").orElseThrow());
        assertNum("22975.66", s.info().number("全年预算数").orElseThrow());

        assertNum("22918.41", s.income().total().current());
        assertNum(
                "21314.56",
                s.income().total().previous(),
                "the printed total, not the sum of its rows");
        assertNum("7.52", s.income().total().rate());
        assertEquals(
                List.of("财政拨款收入", "其他收入"),
                s.income().details().stream().map(r -> r.name()).toList());
        assertNum("22918.66", s.expenditure().total().current());
        assertNum("21320.69", s.expenditure().total().previous());
        assertNum("1597.97", s.expenditure().total().difference());
        assertNum("7.49", s.expenditure().total().rate());
        assertNum("18428.38", s.expenditure().details().get(0).current());
        assertNum("-1.96", s.expenditure().details().get(0).rate());
        assertNum("4490.28", s.expenditure().details().get(1).current());
        assertNum("77.89", s.expenditure().details().get(1).rate());

        IndicatorRow total = s.indicators().get(s.indicators().size() - 1);
        assertEquals(IndicatorRowKind.TOTAL, total.kind());
        assertNum("100", total.weight());
        assertNum("94.98", total.selfScore());
        IndicatorRow rate = indicator(s, "部门预算资金支出率");
        assertEquals("99.75", rate.actual().value());
        assertNum("9.98", rate.selfScore());
        IndicatorRow sanGong = indicator(s, "“三公”经费实际支出不超过预算");
        assertEquals("运行成本", sanGong.level2().value());
        assertNum("2", sanGong.weight());
        assertNum(
                "3",
                sanGong.selfScore(),
                "the printed score above its weight, for the audit to find");
        assertEquals(
                CellRef.of("huadu-amr-2023-as-published.xlsx", "绩效指标", "K45"),
                sanGong.selfScore().source());
        long leaves =
                s.indicators().stream().filter(i -> i.kind() == IndicatorRowKind.LEAF).count();
        assertEquals(34, leaves, "7 产出 + 3 效益 + 支出率 + 23 管理效率");

        assertEquals(3, s.keyProjects().size());
        assertNum("59.85", s.keyProjects().get(0).rate());
        assertNum("3.04", s.keyProjects().get(1).rate());
        assertNum("0", s.keyProjects().get(2).adjustedBudget());
        assertNum("1139.68", s.management().get("公用经费实际支出").orElseThrow());
        assertNum("4", s.management().get("超期备案合同数").orElseThrow());
    }

    @Test
    void splitExampleReadsToTheSameValuesAsTheCorrectedWorkbook() {
        Submission corrected = read("huadu-amr-2023-corrected.xlsx");
        Submission split = read("huadu-amr-2023-split");
        assertEquals(4, split.files().size());
        List<String> a = ModelValues.of(corrected);
        List<String> b = ModelValues.of(split);
        for (int i = 0; i < Math.min(a.size(), b.size()); i++)
            assertEquals(a.get(i), b.get(i), "line " + i);
        assertEquals(a.size(), b.size());
        assertNull(corrected.keyProjects().get(2).rate().value(), "— is blank");
        assertNum("4490.28", split.info().number("二级项目资金").orElseThrow());
        assertEquals("管理指标数据.csv", split.management().values().get("公用经费预算").source().file());
    }
}
