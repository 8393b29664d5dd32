package org.selfeval.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.selfeval.model.BasicInfo;
import org.selfeval.model.Evaluation;
import org.selfeval.report.docx.StyleId;
import org.selfeval.report.docx.WordDocument;

/** 一、基本情况 （一）部门概况: duties numbered （1）…（n）, internal and dispatched bodies, subordinate units. */
final class OverviewSection implements ReportSection {

    /** "4个：…" — a count first: the tail of "…下属单位4个：…". */
    private static final Pattern COUNT_FIRST = Pattern.compile("\\d+\\s*个");

    /** "24个：" inside a line: a count staff already wrote. */
    private static final Pattern COUNTED = Pattern.compile("\\d+\\s*个[：:]");

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
            doc.paragraph(
                    StyleId.BODY,
                    "（" + (i + 1) + "）" + TYPED_NUMBER.matcher(duties.get(i)).replaceFirst(""));
        }
        if (duties.isEmpty()) doc.paragraph(StyleId.BODY, "无。");
        doc.paragraph(StyleId.HEADING3, "2. 部门内设机构");
        List<String> internal = info.lines("内设机构");
        List<String> dispatched = info.lines("派出机构");
        if (typedAsSentences(internal) || typedAsSentences(dispatched)) {
            doc.paragraphs(StyleId.BODY, internal);
            doc.paragraphs(StyleId.BODY, dispatched);
        } else {
            doc.paragraph(
                    StyleId.BODY,
                    bodies(e.department(), NameList.names(internal), NameList.names(dispatched)));
        }
        doc.paragraph(StyleId.HEADING3, "3. 部门下属机构");
        doc.paragraph(StyleId.BODY, subordinates(e.department(), info.lines("下属单位")));
    }

    /** Staff who wrote "内设机构24个：办公室、……" themselves get their sentences as typed. */
    static boolean typedAsSentences(List<String> lines) {
        return lines.stream().anyMatch(l -> COUNTED.matcher(l).find());
    }

    /** 广州市花都区市场监督管理局内设机构 24 个：办公室、…；派出机构 16 个：新华市场监管所、…。 */
    static String bodies(String department, List<String> internal, List<String> dispatched) {
        List<String> parts = new ArrayList<>();
        if (!internal.isEmpty())
            parts.add("内设机构" + internal.size() + "个：" + String.join("、", internal));
        if (!dispatched.isEmpty())
            parts.add("派出机构" + dispatched.size() + "个：" + String.join("、", dispatched));
        if (parts.isEmpty()) return department + "无内设机构。";
        return department + String.join("；", parts) + "。";
    }

    /**
     * 下属单位 is typed as the tail of the reference's sentence ("4个：其中3个非独立预算单位，……"), or as a whole
     * sentence; a tail gets the department's name and "下属单位" in front.
     */
    static String subordinates(String department, List<String> lines) {
        if (lines.isEmpty()) return department + "无下属单位。";
        String text = String.join("", lines);
        if (COUNT_FIRST.matcher(text).lookingAt())
            return department + "下属单位" + Texts.sentence(text);
        return Texts.sentence(text);
    }
}
