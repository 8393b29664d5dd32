package org.selfeval.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.selfeval.model.BasicInfo;
import org.selfeval.model.ComparisonLine;
import org.selfeval.model.Evaluation;
import org.selfeval.model.Formats;
import org.selfeval.model.Num;
import org.selfeval.model.Percent;
import org.selfeval.report.docx.StyleId;
import org.selfeval.report.docx.WordDocument;

/** （四）部门整体绩效管理情况: the project-evaluation sentence, then the department's own text. */
final class PerformanceManagementSection implements ReportSection {

    /** "1个独立预算单位" (not "3个非独立预算单位"): the units that evaluate with the department. */
    private static final Pattern INDEPENDENT_UNITS = Pattern.compile("(\\d+)\\s*个独立预算单位");

    @Override
    public void append(Evaluation e, WordDocument doc) {
        BasicInfo info = e.submission().info();
        doc.paragraph(StyleId.HEADING2, "（四）部门整体绩效管理情况");
        // The department's own text continues the coverage sentence in one paragraph, as in the
        // reference.
        List<String> own = info.lines("绩效管理情况");
        doc.paragraph(StyleId.BODY, coverage(e) + (own.isEmpty() ? "" : own.get(0)));
        if (own.size() > 1) doc.paragraphs(StyleId.BODY, own.subList(1, own.size()));
        AnnualWorkSection.labelled(doc, "本部门整体绩效实际完成情况：", info.lines("整体绩效完成情况"));
    }

    /** 本部门组织对 2023 年度一般公共预算项目支出开展绩效自评，二级项目 27 个，共涉及资金 … 万元，占…的 …%。… */
    static String coverage(Evaluation e) {
        BasicInfo info = e.submission().info();
        List<String> parts = new ArrayList<>();
        BigDecimal count = info.number("二级项目个数").map(Num::value).orElse(null);
        BigDecimal funds = info.number("二级项目资金").map(Num::value).orElse(null);
        StringBuilder s = new StringBuilder("本部门组织对" + e.year() + "年度一般公共预算项目支出开展绩效自评");
        if (count != null) parts.add("二级项目" + Formats.plain(count) + "个");
        if (funds != null) {
            String f = "共涉及资金" + Texts.wan(funds);
            BigDecimal projects = projectSpending(e);
            if (projects != null)
                f += "，占一般公共预算项目支出总额的" + Formats.percent(Percent.of(funds, projects));
            parts.add(f);
        }
        parts.forEach(p -> s.append("，").append(p));
        s.append("。");
        info.number("整体支出自评金额")
                .map(Num::value)
                .ifPresent(
                        v ->
                                s.append("组织部门整体支出绩效自评")
                                        .append(scope(info.value("下属单位")))
                                        .append("，涉及一般公共预算支出")
                                        .append(Texts.wan(v))
                                        .append("。"));
        return s.toString();
    }

    /** "（含本级及下属单位 1 个）" when 下属单位 names its independently budgeted units ("1个独立预算单位"), else "". */
    static String scope(String subordinates) {
        Matcher m = INDEPENDENT_UNITS.matcher(subordinates);
        if (!m.find()) return "";
        int n = Integer.parseInt(m.group(1));
        return n == 0 ? "" : "（含本级及下属单位" + n + "个）";
    }

    private static BigDecimal projectSpending(Evaluation e) {
        if (e.expenditure() == null) return null;
        return e.expenditure().details().stream()
                .filter(l -> l.item().contains("项目支出"))
                .map(ComparisonLine::current)
                .findFirst()
                .orElse(null);
    }
}
