package org.selfeval.report;

import java.util.ArrayList;
import java.util.List;
import org.selfeval.model.Evaluation;
import org.selfeval.report.docx.WordDocument;

/**
 * The 附件说明 under the body text (GB/T 9704-2012 7.3.2): "附件：1．部门整体支出绩效自评表" and "2．2023年度项目支出绩效自评情况表"
 * when the projects' table follows, "附件：部门整体支出绩效自评表" alone without a number; each name as its
 * appendix heads itself, in the appendices' order. Nothing when the report carries no appendix.
 */
final class AttachmentNoteSection implements ReportSection {

    @Override
    public void append(Evaluation e, WordDocument doc) {
        doc.attachments(names(e));
    }

    /** The appendices' titles, in the order they follow. */
    static List<String> names(Evaluation e) {
        List<String> names = new ArrayList<>();
        if (SelfEvaluationTableSection.printed(e)) names.add(SelfEvaluationTableSection.CAPTION);
        if (!e.projectTables().isEmpty()) names.add(ProjectAppendixSection.caption(e));
        return names;
    }
}
