package org.selfeval.evaluate.audit;

import java.util.ArrayList;
import java.util.List;
import org.selfeval.model.BasicInfo;
import org.selfeval.model.ComparisonTable;
import org.selfeval.model.Finding;
import org.selfeval.model.FindingKind;
import org.selfeval.model.IndicatorRowKind;
import org.selfeval.model.Severity;
import org.selfeval.model.Submission;
import org.selfeval.model.WorkbookContract;

/**
 * R-REQUIRED: 部门名称, 评价年度, the 合计 rows of both comparison tables and at least one indicator are
 * present.
 */
final class RequiredFieldsRule implements AuditRule {
    static final FindingKind KIND = new FindingKind("R-REQUIRED", "必填项", Severity.ERROR);

    @Override
    public List<FindingKind> kinds() {
        return List.of(KIND);
    }

    @Override
    public List<Finding> check(Submission s, AuditContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (String key : List.of(BasicInfo.DEPARTMENT, BasicInfo.YEAR)) {
            // reading names a blank or missing entry at its cell already: one finding per missing
            // field
            if (s.info().text(key).isEmpty()
                    && !ctx.unreadable().requiredReported(key)
                    && !ctx.unreadable().sheet(WorkbookContract.SHEET_INFO)) {
                out.add(
                        ctx.finding(
                                KIND,
                                AuditContext.sheet(s, WorkbookContract.SHEET_INFO),
                                key,
                                "",
                                "",
                                "基本信息缺少“" + key + "”：请在“项目”列填写“" + key + "”，并在“内容”列填写其内容。"));
            }
        }
        totalRow(s, ctx, s.income(), WorkbookContract.SHEET_INCOME, out);
        totalRow(s, ctx, s.expenditure(), WorkbookContract.SHEET_EXPENDITURE, out);
        if (s.indicators().stream().noneMatch(r -> r.kind() == IndicatorRowKind.LEAF)
                && !ctx.unreadable().sheet(WorkbookContract.SHEET_INDICATORS)) {
            out.add(
                    ctx.finding(
                            KIND,
                            AuditContext.sheet(s, WorkbookContract.SHEET_INDICATORS),
                            "绩效指标",
                            "",
                            "",
                            "绩效指标表没有任何指标行：请按模板逐行填写三级指标。"));
        }
        return out;
    }

    private static void totalRow(
            Submission s,
            AuditContext ctx,
            ComparisonTable table,
            String sheet,
            List<Finding> out) {
        if (ctx.unreadable().sheet(sheet)) return; // the reader names the missing sheet or header
        if (table == null || table.total() == null) {
            out.add(
                    ctx.finding(
                            KIND,
                            AuditContext.sheet(s, sheet),
                            sheet + " 合计",
                            "",
                            "",
                            sheet + "表缺少“合计”行：请在第一行数据的“项目”列填写“合计”，并填写本年、上年合计数。"));
        }
    }
}
