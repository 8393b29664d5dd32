package org.selfeval.evaluate.audit;

import java.math.BigDecimal;
import java.util.List;
import org.selfeval.model.Finding;
import org.selfeval.model.FindingKind;
import org.selfeval.model.Formats;
import org.selfeval.model.Num;

/**
 * An amount typed in 基本信息 that must equal a figure of the tables (R-X-PROJECT-FUNDS,
 * R-X-SELF-EVAL-AMOUNT): one finding on the 基本信息 cell, advising the tables' figure, when they
 * differ beyond the tolerance.
 *
 * @param kind the rule
 * @param key the 基本信息 item ("二级项目资金")
 * @param against what the figure is called in the sentence ("支出决算合计")
 * @param advice what to do, ending the sentence
 */
record InfoAmountCheck(FindingKind kind, String key, String against, String advice) {

    /**
     * No finding, or one saying {@code stated} differs from {@code expected}; {@code note} follows
     * the figure ("" for nothing).
     */
    List<Finding> check(Num stated, BigDecimal expected, String note, AuditContext ctx) {
        if (!ctx.differs(stated.value(), expected)) return List.of();
        return List.of(
                ctx.finding(
                        kind,
                        stated.source(),
                        key,
                        Formats.amount(expected),
                        Formats.amount(stated.value()),
                        "基本信息“"
                                + key
                                + "” "
                                + Formats.amount(stated.value())
                                + " 万元与"
                                + against
                                + " "
                                + Formats.amount(expected)
                                + " 万元"
                                + note
                                + "不一致（相差 "
                                + Formats.amount(stated.value().subtract(expected).abs())
                                + " 万元）："
                                + advice));
    }
}
