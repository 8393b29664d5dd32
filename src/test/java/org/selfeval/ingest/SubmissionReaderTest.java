package org.selfeval.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.model.BasicInfo;
import org.selfeval.model.CellRef;
import org.selfeval.model.ComparisonRow;
import org.selfeval.model.ComparisonTable;
import org.selfeval.model.Finding;
import org.selfeval.model.IndicatorRow;
import org.selfeval.model.IndicatorRowKind;
import org.selfeval.model.KeyProject;
import org.selfeval.model.Num;
import org.selfeval.model.Severity;
import org.selfeval.model.Submission;
import org.selfeval.pipeline.ReadResult;

class SubmissionReaderTest {

    @TempDir Path dir;

    private final SubmissionReader reader = new SubmissionReader();

    static void assertNum(String expected, Num actual) {
        assertNum(expected, actual, "");
    }

    static void assertNum(String expected, Num actual, String why) {
        assertNotNull(actual.value(), "blank at " + actual.source() + " " + why);
        assertEquals(
                0,
                new BigDecimal(expected).compareTo(actual.value()),
                "expected "
                        + expected
                        + " but was "
                        + actual.value()
                        + " at "
                        + actual.source()
                        + " "
                        + why);
    }

    static CellRef ref(String file, String sheet, String cell) {
        return new CellRef(file, sheet, cell);
    }

    static String describe(List<Finding> findings) {
        return findings.stream()
                .map(f -> f.ruleId() + " " + f.severity() + " " + f.source() + " " + f.message())
                .collect(Collectors.joining("\n"));
    }

    @Test
    void completeWorkbookReadsToTheModel() throws Exception {
        Path file = Sheets.xlsx(dir.resolve("花都区市场监管局.xlsx"), SampleSubmission.all());
        ReadResult result = reader.read(file);
        Submission s = result.submission();
        assertNotNull(s, describe(result.findings()));
        assertEquals(
                List.of(),
                result.findings().stream().filter(f -> f.severity() != Severity.INFO).toList(),
                describe(result.findings()));
        String f = "花都区市场监管局.xlsx";

        BasicInfo info = s.info();
        assertEquals("广州市花都区市场监督管理局", info.department());
        assertEquals("2023", info.year());
        assertEquals(ref(f, "基本信息", "B4"), info.text("评价年度").orElseThrow().source());
        assertEquals(List.of("负责市场综合监督管理和知识产权管理。", "负责市场主体统一登记注册。"), info.lines("主要职责"));
        assertNum("27", info.number("二级项目个数").orElseThrow());
        assertNum("4490.04", info.number("二级项目资金").orElseThrow());
        assertNum("22976.00", info.number("全年预算数").orElseThrow());
        assertEquals(ref(f, "基本信息", "B9"), info.number("全年预算数").orElseThrow().source());
        assertEquals("27", info.value("二级项目个数"));
        assertTrue(
                info.texts().keySet().stream().noneMatch(k -> k.startsWith("注")),
                "the note is not a key");

        ComparisonTable income = s.income();
        assertEquals("收入决算", income.sheet());
        assertNum("22918.41", income.total().current());
        assertNum("21314.55", income.total().previous());
        assertNum("1603.86", income.total().difference());
        assertNum("7.52", income.total().rate());
        assertEquals(ref(f, "收入决算", "E3"), income.total().rate().source());
        assertEquals(
                List.of("财政拨款收入", "其他收入"),
                income.details().stream().map(ComparisonRow::name).toList());
        ComparisonRow other = income.details().get(1);
        assertNum("0", other.current());
        assertNum("-100", other.rate());
        assertEquals("划转资金不再直接划拨", other.explanation().value());
        assertEquals(ref(f, "收入决算", "G6"), other.explanation().source());

        ComparisonTable spending = s.expenditure();
        assertNum("22918.66", spending.total().current());
        assertEquals(ref(f, "支出决算", "C2"), spending.total().current().source());
        assertNum("21320.69", spending.total().previous());
        assertNum("7.49", spending.total().rate());
        assertNum("1597.97", spending.total().difference());
        ComparisonRow basic = spending.details().get(0);
        assertNum("18796.45", basic.previous());
        assertNum("18428.38", basic.current());
        assertNum("-1.96", basic.rate());
        assertEquals(2, basic.explanation().lines().size());
        ComparisonRow project = spending.details().get(1);
        assertNum("4490.28", project.current());
        assertNum("77.89", project.rate());
        assertEquals("—", project.explanation().value(), "an explanation is text, kept as typed");

        List<IndicatorRow> rows = s.indicators();
        assertEquals(6, rows.size());
        IndicatorRow first = rows.get(0);
        assertEquals(IndicatorRowKind.LEAF, first.kind());
        assertEquals("检查企业数", first.name());
        assertEquals("不少于150家", first.target().value());
        assertNum("5", first.weight());
        assertEquals(ref(f, "绩效指标", "A3"), first.row());
        IndicatorRow second = rows.get(1);
        assertEquals("履职效能", second.level1().value());
        assertEquals("产出指标", second.level2().value());
        assertEquals("数量指标", second.level3().value(), "三级 filled down");
        assertEquals(ref(f, "绩效指标", "C3"), second.level3().source());
        assertEquals("1000", second.target().value());
        assertEquals("1,200", second.actual().value());
        IndicatorRow third = rows.get(2);
        assertEquals("产出指标", third.level2().value(), "merged 二级 across a blank row");
        assertEquals("质量指标", third.level3().value());
        assertEquals("98.68%", third.actual().value(), "a percent-formatted actual reads as shown");
        assertNum("9.5", third.selfScore());
        assertEquals(ref(f, "绩效指标", "A6"), third.row());
        IndicatorRow sub2 = rows.get(3);
        assertEquals(IndicatorRowKind.SUBTOTAL, sub2.kind());
        assertEquals("产出指标", sub2.level2().value());
        assertEquals("履职效能", sub2.level1().value());
        IndicatorRow sub1 = rows.get(4);
        assertEquals(IndicatorRowKind.SUBTOTAL, sub1.kind());
        assertEquals("履职效能", sub1.level1().value());
        assertTrue(
                sub1.level2().isBlank(),
                "a blank 二级 on a 小计 row stays blank: it is the 一级 subtotal");
        IndicatorRow total = rows.get(5);
        assertEquals(IndicatorRowKind.TOTAL, total.kind());
        assertNum("100", total.weight());
        assertNum("95", total.selfScore());
        assertEquals(ref(f, "绩效指标", "K9"), total.selfScore().source());

        List<KeyProject> projects = s.keyProjects();
        assertEquals(2, projects.size(), "the 合计 row is not a project");
        assertNum("100", projects.get(0).rate());
        assertNum("2801.73", projects.get(0).adjustedBudget());
        assertNum("95", projects.get(1).rate());
        assertEquals(ref(f, "重点项目", "F3"), projects.get(1).rate().source());
        assertEquals("按合同分期支付", projects.get(1).explanation().value());

        assertNum("1000", s.management().get("公用经费实际支出").orElseThrow());
        assertNum("1200.50", s.management().get("公用经费预算").orElseThrow());
        assertTrue(s.management().values().get("三公经费实际支出").value() == null, "— is blank");
        assertNum("12", s.management().get("备案合同数").orElseThrow());
        assertEquals(List.of(file), s.files());
    }

    @Test
    void xlsWorkbookReadsLikeXlsx() throws Exception {
        Submission x =
                reader.read(Sheets.xlsx(dir.resolve("a.xlsx"), SampleSubmission.all()))
                        .submission();
        ReadResult result = reader.read(Sheets.xls(dir.resolve("a.xls"), SampleSubmission.all()));
        assertNotNull(result.submission(), describe(result.findings()));
        assertEquals(ModelValues.of(x), ModelValues.of(result.submission()));
        assertEquals(
                ref("a.xls", "支出决算", "C2"),
                result.submission().expenditure().total().current().source());
    }

    @Test
    void xlsmWorkbookReadsLikeXlsx() throws Exception {
        Submission x =
                reader.read(Sheets.xlsx(dir.resolve("a.xlsx"), SampleSubmission.all()))
                        .submission();
        ReadResult result = reader.read(Sheets.xlsm(dir.resolve("宏.xlsm"), SampleSubmission.all()));
        assertNotNull(result.submission(), describe(result.findings()));
        assertEquals(ModelValues.of(x), ModelValues.of(result.submission()));
    }
}
