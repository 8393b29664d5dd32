package org.selfeval.report;

import java.util.List;
import org.selfeval.model.BasicInfo;
import org.selfeval.model.Evaluation;
import org.selfeval.report.docx.StyleId;
import org.selfeval.report.docx.WordDocument;

/** （二）年度总体工作和重点工作任务 */
final class AnnualWorkSection implements ReportSection {

    @Override
    public void append(Evaluation e, WordDocument doc) {
        BasicInfo info = e.submission().info();
        doc.paragraph(StyleId.HEADING2, "（二）年度总体工作和重点工作任务");
        labelled(doc, "本部门年度总体工作：", info.lines("年度总体工作"));
        labelled(doc, "重点工作任务：", info.lines("重点工作任务"));
    }

    /** The first line carries the label, as in the reference. */
    static void labelled(WordDocument doc, String label, List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            doc.paragraph(
                    StyleId.BODY, i == 0 ? Texts.labelled(label, lines.get(i)) : lines.get(i));
        }
    }
}
