package org.selfeval.report;

import java.math.BigDecimal;
import java.util.stream.Collectors;
import org.selfeval.model.Evaluation;
import org.selfeval.model.GroupScore;
import org.selfeval.model.ScoreCard;
import org.selfeval.report.docx.StyleId;
import org.selfeval.report.docx.WordDocument;

/** 二、综合评价分析 （一）自评结论综述: total and grade from the score card. */
final class ConclusionSection implements ReportSection {

    @Override
    public void append(Evaluation e, WordDocument doc) {
        doc.paragraph(StyleId.HEADING1, "二、综合评价分析");
        doc.paragraph(StyleId.HEADING2, "（一）自评结论综述");
        doc.paragraph(StyleId.BODY, e.scores() == null ? "未完成评分。" : summary(e.scores()));
    }

    static String summary(ScoreCard card) {
        String names =
                card.groups().stream().map(GroupScore::name).collect(Collectors.joining("、"));
        BigDecimal weight =
                card.groups().stream()
                        .map(GroupScore::weight)
                        .filter(java.util.Objects::nonNull)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
        return "部门整体支出绩效评价指标主要包括"
                + names
                + "评价"
                + ChineseNumbers.count(card.groups().size())
                + "大方面，总分值为"
                + Texts.points(weight)
                + "。本部门整体支出绩效自评得分"
                + Texts.points(card.total())
                + "，绩效评价结果为“"
                + card.grade()
                + "”。";
    }
}
