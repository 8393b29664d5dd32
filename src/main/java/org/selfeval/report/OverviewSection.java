package org.selfeval.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.selfeval.model.BasicInfo;
import org.selfeval.model.Evaluation;

/** 一、基本情况 （一）部门概况: duties numbered （1）…（n）, internal and dispatched bodies, subordinate units. */
final class OverviewSection implements ReportSection {

    /** A number staff already typed before a duty: "(1)", "（2）", "3.", "4、". */
    private static final Pattern TYPED_NUMBER = Pattern.compile("^[（(]?\\d+[)）.．、]\\s*");

    @Override
    public void append(Evaluation e, WordDocument doc) {
        BasicInfo info = e.submission().info();
        doc.paragraph(StyleId.HEADING1, "一、基本情况");
        doc.paragraph(StyleId.HEADING2, "（一）部门概况");
        doc.paragraph(StyleId.HEADING3, "1. 部门主要职责");
        List<String> duties = info.lines("主要职责");
        for (int i = 0; i < duties.size(); i++) {
            doc.paragraph(StyleId.BODY, "（" + (i + 1) + "）" + TYPED_NUMBER.matcher(duties.get(i)).replaceFirst(""));
        }
        if (duties.isEmpty()) doc.paragraph(StyleId.BODY, "无。");
        doc.paragraph(StyleId.HEADING3, "2. 部门内设机构");
        List<String> bodies = new ArrayList<>(info.lines("内设机构"));
        bodies.addAll(info.lines("派出机构"));
        doc.paragraphs(StyleId.BODY, bodies.isEmpty() ? List.of("无。") : bodies);
        doc.paragraph(StyleId.HEADING3, "3. 部门下属机构");
        List<String> units = info.lines("下属单位");
        doc.paragraphs(StyleId.BODY, units.isEmpty() ? List.of("无。") : units);
    }
}
