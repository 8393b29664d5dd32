package org.selfeval.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.selfeval.model.BasicInfo;
import org.selfeval.model.Evaluation;
import org.selfeval.model.Formats;
import org.selfeval.model.FundsRow;
import org.selfeval.model.FundsTable;
import org.selfeval.model.GroupScore;
import org.selfeval.model.IndicatorRow;
import org.selfeval.model.IndicatorScore;
import org.selfeval.model.Num;
import org.selfeval.model.ScoreCard;
import org.selfeval.report.docx.Column;
import org.selfeval.report.docx.StyleId;
import org.selfeval.report.docx.TableSpec;
import org.selfeval.report.docx.WordDocument;

/**
 * 附表：部门整体支出绩效自评表 in the national layout (财预〔2020〕10号) for every framework: the 预算资金 block, the
 * 年度总体目标 block, then every indicator under its 一级 and 二级 group with 年度指标值 and its relation, 实际完成值,
 * 分值, 得分 and 偏差原因分析及改进措施, subtotals where a group has more than one line, and the 总分. Scores are
 * the reviewed ones, as in the report's text; review marks belong in the 校验报告.
 */
final class SelfEvaluationTableSection implements ReportSection {

    /** The table's title as it heads itself, and as the 附件说明 names it. */
    static final String CAPTION = "部门整体支出绩效自评表";

    /** Subtotal and total rows: bold on a light fill. */
    private static final String SUBTOTAL_FILL = "F2F2F2";

    private static final String TOTAL = "年度资金总额";
    private static final List<String> FUND_PARTS = List.of("本年财政拨款", "上年结转资金", "其他资金");

    /** The scoring method of the budget-execution indicator (执行数 ÷ 全年预算数 × 分值). */
    private static final String BUDGET_METHOD = "支出率";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** A target that already says how it compares ("不少于150台", "≥90%"). */
    private static final Pattern HAS_RELATION =
            Pattern.compile("^(≥|≤|>|<|=|＝|＞|＜|不少于|不低于|不高于|不超过|不多于|大于|小于|高于|低于|达到|控制在).*");

    @Override
    public void append(Evaluation e, WordDocument doc) {
        if (!printed(e)) return;
        ScoreCard card = e.scores();
        doc.newPage();
        // 附表1 when the projects' 附表2 follows (ProjectAppendixSection)
        doc.paragraph(StyleId.HEADING1, e.projectTables().isEmpty() ? "附表" : "附表1");
        doc.paragraph(StyleId.CAPTION, CAPTION);
        doc.paragraph(StyleId.CAPTION, "预算资金（万元）");
        doc.table(budget(e));
        goals(e).ifPresent(
                        goals -> {
                            doc.paragraph(StyleId.CAPTION, "年度总体目标");
                            doc.table(goals);
                        });
        doc.paragraph(StyleId.CAPTION, "绩效指标");
        doc.table(table(card));
    }

    /** Whether the report carries this table: only a scored submission has one. */
    static boolean printed(Evaluation e) {
        return e.scores() != null && !e.scores().groups().isEmpty();
    }

    /**
     * 年度资金总额 and 其中 本年财政拨款 / 上年结转资金 / 其他资金: from 项目资金 where the framework has it, else the 全年预算数 of
     * 基本信息 and the 支出决算 合计; a figure the framework does not collect is "—" (docs/numbers.md). 分值
     * and 得分 are the budget-execution indicator's.
     */
    static TableSpec budget(Evaluation e) {
        List<Column> cols =
                List.of(
                        Column.text("项目"),
                        Column.figure("年初\n预算数"),
                        Column.figure("全年\n预算数"),
                        Column.figure("全年\n执行数"),
                        Column.figure("分值"),
                        Column.figure("执行率"),
                        Column.figure("得分"));
        Optional<IndicatorScore> line =
                e.scores().leaves().stream()
                        .filter(i -> BUDGET_METHOD.equals(i.method()))
                        .findFirst();
        String weight = line.map(i -> Formats.plain(i.weight())).orElse(Formats.NOT_COMPUTABLE);
        String score = line.map(i -> Formats.plain(i.score())).orElse(Formats.NOT_COMPUTABLE);
        FundsTable funds = e.submission().funds();
        List<List<String>> rows = new ArrayList<>();
        BigDecimal initial = funds.total() == null ? null : value(funds.total().initial());
        rows.add(
                List.of(
                        TOTAL,
                        Formats.amount(initial),
                        Formats.amount(e.annualBudget()),
                        Formats.amount(e.budgetExecuted()),
                        weight,
                        Formats.percent(e.budgetExecutionRate()),
                        score));
        for (String part : FUND_PARTS) {
            Optional<FundsRow> r =
                    funds.details().stream().filter(d -> d.name().contains(part)).findFirst();
            BigDecimal annual = r.map(d -> value(d.annual())).orElse(null);
            BigDecimal executed = r.map(d -> value(d.executed())).orElse(null);
            rows.add(
                    List.of(
                            part.equals(FUND_PARTS.get(0)) ? "其中：" + part : part,
                            Formats.amount(r.map(d -> value(d.initial())).orElse(null)),
                            Formats.amount(annual),
                            Formats.amount(executed),
                            Formats.NOT_COMPUTABLE,
                            Formats.percent(rate(executed, annual)),
                            Formats.NOT_COMPUTABLE));
        }
        return new TableSpec(cols, rows, List.of(new TableSpec.Mark(0, -1, null, true, null)), 0);
    }

    /**
     * 预期目标 (年度总体工作) | 实际完成情况 (整体绩效完成情况), without a label a clerk typed before them; empty if
     * neither.
     */
    static Optional<TableSpec> goals(Evaluation e) {
        BasicInfo info = e.submission().info();
        String expected = Texts.withoutLabel(String.join("\n", info.lines("年度总体工作")), "年度总体目标预期目标");
        String actual = Texts.withoutLabel(String.join("\n", info.lines("整体绩效完成情况")), "整体绩效实际完成情况");
        if (expected.isBlank() && actual.isBlank()) return Optional.empty();
        // two halves: the two texts answer each other
        int half = TableSpec.TEXT_WIDTH / 2;
        return Optional.of(
                new TableSpec(
                        List.of(
                                new Column("预期目标", half, Column.Align.LEFT),
                                new Column(
                                        "实际完成情况", TableSpec.TEXT_WIDTH - half, Column.Align.LEFT)),
                        List.of(List.of(orDash(expected), orDash(actual)))));
    }

    static TableSpec table(ScoreCard card) {
        List<Column> cols =
                List.of(
                        Column.text("一级\n指标"),
                        Column.text("二级\n指标"),
                        Column.text("三级指标"),
                        // targets and results are often sentences ("按规定开展事前绩效评估"): they wrap
                        // and share the room with the indicator's name rather than take it
                        Column.text("年度指标值"),
                        Column.text("实际\n完成值"),
                        Column.figure("分值"),
                        Column.figure("得分"),
                        Column.text("偏差原因分析\n及改进措施"));
        List<List<String>> rows = new ArrayList<>();
        List<TableSpec.Mark> marks = new ArrayList<>();
        for (GroupScore level1 : card.groups()) {
            List<GroupScore> level2s =
                    level1.children().isEmpty() ? List.of(level1) : level1.children();
            for (GroupScore level2 : level2s) {
                String name2 = level2 == level1 ? level1.name() : level2.name();
                for (IndicatorScore ind : level2.indicators()) {
                    IndicatorRow r = ind.row();
                    rows.add(
                            List.of(
                                    level1.name(),
                                    name2,
                                    ind.name(),
                                    target(r),
                                    withUnit(r.actual().value(), r.unit().value()),
                                    Formats.plain(ind.weight()),
                                    Formats.plain(ind.score()),
                                    deviation(ind)));
                }
                // A subtotal of one line repeats that line: only groups of two or more get one.
                if (level2.indicators().size() > 1) {
                    rows.add(
                            List.of(
                                    level1.name(),
                                    name2,
                                    "小计",
                                    "",
                                    "",
                                    Formats.plain(level2.weight()),
                                    Formats.plain(level2.score()),
                                    ""));
                    marks.add(new TableSpec.Mark(rows.size() - 1, -1, SUBTOTAL_FILL, true, null));
                }
            }
            if (level2s.size() > 1) {
                rows.add(
                        List.of(
                                level1.name(),
                                "小计",
                                "",
                                "",
                                "",
                                Formats.plain(level1.weight()),
                                Formats.plain(level1.score()),
                                ""));
                marks.add(new TableSpec.Mark(rows.size() - 1, -1, SUBTOTAL_FILL, true, null));
            }
        }
        BigDecimal weight =
                card.groups().stream()
                        .map(GroupScore::weight)
                        .filter(Objects::nonNull)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
        rows.add(
                List.of(
                        "总分",
                        "",
                        "",
                        "",
                        "",
                        Formats.plain(weight),
                        Formats.plain(card.total()),
                        "评价等级：" + card.grade()));
        marks.add(new TableSpec.Mark(rows.size() - 1, -1, SUBTOTAL_FILL, true, null));
        // 一级 and 二级 names merge downwards over their indicators, a block per 二级 group
        // (Tables.merge).
        return new TableSpec(cols, rows, marks, 2);
    }

    /** 年度指标值 with its relation (指标性质 ≥/≤/＝) unless the target says it already: "≥0%", "不少于150台". */
    static String target(IndicatorRow r) {
        String value = withUnit(r.target().value(), r.unit().value());
        String relation = r.nature().value().strip();
        if (value.isEmpty()
                || !relation.matches("[≥≤=＝><]")
                || HAS_RELATION.matcher(value).matches()) return value;
        return relation + value;
    }

    /** Why a target was missed and what follows (完成情况说明), for indicators that lost points. */
    private static String deviation(IndicatorScore ind) {
        if (ind.weight() == null || ind.score() == null || ind.score().compareTo(ind.weight()) >= 0)
            return "";
        return Texts.withoutLabel(ind.row().explanation().value().strip(), "偏差原因分析及改进措施");
    }

    private static BigDecimal value(Num n) {
        return n == null ? null : n.value();
    }

    private static BigDecimal rate(BigDecimal executed, BigDecimal annual) {
        if (executed == null || annual == null || annual.signum() == 0) return null;
        return executed.multiply(HUNDRED).divide(annual, 10, RoundingMode.HALF_UP);
    }

    private static String orDash(String s) {
        return s.isBlank() ? Formats.NOT_COMPUTABLE : s;
    }

    /** "150" + "台" → "150台"; a value that already ends with its unit, or has none, is kept. */
    private static String withUnit(String value, String unit) {
        if (value.isEmpty() || unit.isEmpty() || value.endsWith(unit)) return value;
        return value + unit;
    }
}
