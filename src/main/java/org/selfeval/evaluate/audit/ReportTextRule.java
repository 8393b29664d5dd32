package org.selfeval.evaluate.audit;

import java.util.ArrayList;
import java.util.List;
import org.selfeval.model.CellRef;
import org.selfeval.model.Finding;
import org.selfeval.model.FindingKind;
import org.selfeval.model.IndicatorRow;
import org.selfeval.model.IndicatorRowKind;
import org.selfeval.model.Severity;
import org.selfeval.model.Submission;
import org.selfeval.model.Text;
import org.selfeval.model.WorkbookContract;

/**
 * R-REPORT-TEXT: what the Word report writes from the department's own words and finds empty. The
 * report then leaves that part out of its sentence (it never prints a placeholder); this 警告 says
 * where and what to write.
 */
final class ReportTextRule implements AuditRule {
    static final FindingKind KIND = new FindingKind("R-REPORT-TEXT", "报告内容缺失", Severity.WARNING);

    /** 基本信息 entries the report prints as paragraphs of their own, with what each should say. */
    static final List<String[]> NARRATIVE =
            List.of(
                    new String[] {"主要职责", "部门主要职责，每行一项"},
                    new String[] {"年度总体工作", "本年度总体工作情况"},
                    new String[] {"重点工作任务", "本年度重点工作任务"},
                    new String[] {"绩效管理情况", "本部门开展绩效管理的情况"},
                    new String[] {"整体绩效完成情况", "年度总体目标的实际完成情况"},
                    new String[] {"主要工作成效", "本年度主要工作成效"},
                    new String[] {"存在的主要问题", "存在的主要问题及原因"},
                    new String[] {"下一步改进措施", "下一步改进措施"});

    @Override
    public List<FindingKind> kinds() {
        return List.of(KIND);
    }

    @Override
    public List<Finding> check(Submission s, AuditContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (String[] entry : NARRATIVE) {
            if (s.info().text(entry[0]).isPresent()) continue;
            Text typed = s.info().texts().get(entry[0]);
            CellRef cell =
                    typed != null && typed.source() != null
                            ? typed.source()
                            : AuditContext.sheet(s, WorkbookContract.SHEET_INFO);
            out.add(
                    ctx.finding(
                            KIND,
                            cell,
                            entry[0],
                            "",
                            "",
                            "基本信息“"
                                    + entry[0]
                                    + "”为空，报告中这一部分将没有内容："
                                    + "请在“内容”列填写"
                                    + entry[1]
                                    + "。"));
        }
        for (IndicatorRow row : s.indicators()) {
            if (row.kind() != IndicatorRowKind.LEAF) continue;
            // 产出指标, 效益指标 …: the report states each target ("年度指标值是：…").
            if (row.level2().value().endsWith("指标")
                    && row.target().isBlank()
                    && row.content().isBlank()) {
                out.add(
                        ctx.finding(
                                KIND,
                                cellOf(row.target(), row),
                                row.name(),
                                "",
                                "",
                                "“"
                                        + row.name()
                                        + "”的指标内容和年度指标值都为空，报告无法写明这项指标的目标：请填写年度指标值"
                                        + "（如“不少于150台”），或在指标内容中写明目标。"));
            }
            if (row.explanation().isBlank() && row.actual().isBlank()) {
                out.add(
                        ctx.finding(
                                KIND,
                                cellOf(row.explanation(), row),
                                row.name(),
                                "",
                                "",
                                "“"
                                        + row.name()
                                        + "”的完成情况说明和实际完成值都为空，报告无法写明这项指标完成得怎样："
                                        + "请在完成情况说明中写明完成情况（如做了什么、达到什么程度），或填写实际完成值。"));
            }
        }
        return out;
    }

    private static CellRef cellOf(Text text, IndicatorRow row) {
        return text.source() != null && text.source().cell() != null ? text.source() : row.row();
    }
}
