package org.selfeval.pipeline;

import java.nio.file.Path;
import java.util.List;
import org.selfeval.model.Evaluation;
import org.selfeval.model.Finding;

/**
 * Renders the Word documents of one submission as bytes, so publishing decides where and how they
 * land.
 */
public interface RenderStage {

    /** The 部门整体支出绩效自评报告 (.docx). Only called for an evaluation that is not blocked. */
    byte[] report(Evaluation evaluation);

    /**
     * The 校验报告 (.docx): findings and scores. {@code evaluation} is null when the submission could
     * not be read at all; then only {@code findings} (the reader's) are listed.
     */
    byte[] auditReport(Path origin, Evaluation evaluation, List<Finding> findings);
}
