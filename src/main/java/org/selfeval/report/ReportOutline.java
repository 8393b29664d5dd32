package org.selfeval.report;

import java.util.List;
import org.selfeval.model.Evaluation;
import org.selfeval.report.docx.StyleId;
import org.selfeval.report.docx.WordDocument;

/**
 * The report's sections in the reference's order; reading this list reads the report's table of
 * contents.
 */
final class ReportOutline {

    static final List<ReportSection> SECTIONS =
            List.of(
                    new TitleSection(),
                    new OverviewSection(), // 一、基本情况 （一）部门概况
                    new AnnualWorkSection(), // （二）年度总体工作和重点工作任务
                    new FinanceSection(), // （三）部门整体收支情况
                    new PerformanceManagementSection(), // （四）部门整体绩效管理情况
                    new ConclusionSection(), // 二、综合评价分析 （一）自评结论综述
                    new IndicatorAnalysisSection(), // （二）各项工作任务绩效目标完成情况分析
                    new KeyProjectSection(), // （三）各重点任务项目支出完成情况分析
                    new NarrativeSection(StyleId.HEADING2, "（四）主要工作成效", "主要工作成效"),
                    new NarrativeSection(StyleId.HEADING1, "三、存在的主要问题", "存在的主要问题", "存在的主要问题及原因是："),
                    new NarrativeSection(StyleId.HEADING1, "四、下一步改进措施", "下一步改进措施"),
                    new AttachmentNoteSection(), // 附件：1．… 2．… (GB/T 9704 7.3.2)
                    new SelfEvaluationTableSection(), // 附表（1）：部门整体支出绩效自评表
                    new ProjectAppendixSection()); // 附表2：项目支出绩效自评情况表 (projects that came with it)

    private ReportOutline() {}

    static void write(Evaluation e, WordDocument doc) {
        SECTIONS.forEach(s -> s.append(e, doc));
    }
}
