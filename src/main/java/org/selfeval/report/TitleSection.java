package org.selfeval.report;

import org.selfeval.model.Evaluation;
import org.selfeval.report.docx.StyleId;
import org.selfeval.report.docx.WordDocument;

/** 2023年度广州市花都区市场监督管理局部门整体支出绩效自评报告 */
final class TitleSection implements ReportSection {

    static String title(Evaluation e) {
        return e.year() + "年度" + e.department() + "部门整体支出绩效自评报告";
    }

    @Override
    public void append(Evaluation e, WordDocument doc) {
        // Two lines as in the reference: the year and department, then the document kind.
        doc.paragraph(StyleId.TITLE, e.year() + "年度" + e.department() + "\n部门整体支出绩效自评报告");
    }
}
