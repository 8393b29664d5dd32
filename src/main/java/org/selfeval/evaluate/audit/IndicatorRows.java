package org.selfeval.evaluate.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.selfeval.model.CellRef;
import org.selfeval.model.GroupScore;
import org.selfeval.model.IndicatorRow;
import org.selfeval.model.IndicatorRowKind;
import org.selfeval.model.IndicatorScore;
import org.selfeval.model.ScoreCard;
import org.selfeval.model.Submission;

/**
 * Finding the department's 小计 and 合计 rows of 绩效指标, and what the department's own parts add up to.
 */
final class IndicatorRows {

    private IndicatorRows() {}

    /**
     * A typed 小计 or 合计 score with what it should be: the sum of its parts as they will read once
     * their own findings are applied (a score above its 分值 capped, a rescored indicator at its
     * recomputed score, a wrong 小计 at its own sum) — the engine's score of the group.
     *
     * @param ownParts what the department's own parts add up to (typed 小计 where there is one)
     * @param causes the parts' cells whose own fixes make {@code expected} differ from {@code
     *     ownParts}
     * @param restsOnUnreadable a score or 分值 below could not be read: neither sum can be trusted
     */
    record SubtotalCheck(
            IndicatorRow row,
            String item,
            BigDecimal typed,
            BigDecimal ownParts,
            BigDecimal expected,
            List<CellRef> causes,
            boolean restsOnUnreadable) {

        String causeCells() {
            return String.join("、", causes.stream().map(CellRef::sheetCell).toList());
        }
    }

    /** Every typed 二级 小计, 一级 小计 and the 合计, in sheet order of the groups. */
    static List<SubtotalCheck> subtotalChecks(
            Submission s, ScoreCard card, Unreadable unreadable, ExpectedScores expected) {
        List<SubtotalCheck> out = new ArrayList<>();
        BigDecimal own = BigDecimal.ZERO;
        List<CellRef> totalCauses = new ArrayList<>();
        boolean anyUnreadable = false;
        for (GroupScore g1 : card.groups()) {
            boolean g1Unreadable = false;
            for (GroupScore g2 : g1.children()) {
                boolean g2Unreadable =
                        g2.indicators().stream()
                                .anyMatch(
                                        l -> unreadable.any(l.row().selfScore(), l.row().weight()));
                Optional<IndicatorRow> row = subtotal(s, g1.name(), g2.name());
                row.ifPresent(
                        r ->
                                add(
                                        r,
                                        label(g1, g2),
                                        ownLeaves(g2),
                                        expected.of(g2),
                                        leafCauses(g2, expected),
                                        g2Unreadable,
                                        out));
                g1Unreadable |=
                        g2Unreadable || row.map(r -> unreadable.any(r.selfScore())).orElse(false);
            }
            boolean unreadableBelow = g1Unreadable;
            Optional<IndicatorRow> row = subtotal(s, g1.name(), "");
            row.ifPresent(
                    r ->
                            add(
                                    r,
                                    label(g1, null),
                                    ownChildren(g1),
                                    expected.of(g1),
                                    childCauses(s, g1, expected),
                                    unreadableBelow,
                                    out));
            anyUnreadable |=
                    g1Unreadable || row.map(r -> unreadable.any(r.selfScore())).orElse(false);
            own = own.add(ownLevel1(g1));
            totalCauses.addAll(level1Causes(s, g1, expected));
        }
        BigDecimal ownTotal = own;
        boolean totalUnreadable = anyUnreadable;
        BigDecimal expectedTotal =
                card.groups().stream().map(expected::of).reduce(BigDecimal.ZERO, BigDecimal::add);
        total(s).ifPresent(
                        row ->
                                add(
                                        row,
                                        "合计",
                                        ownTotal,
                                        expectedTotal,
                                        totalCauses,
                                        totalUnreadable,
                                        out));
        return out;
    }

    private static void add(
            IndicatorRow row,
            String item,
            BigDecimal own,
            BigDecimal expected,
            List<CellRef> causes,
            boolean unreadable,
            List<SubtotalCheck> out) {
        if (row.selfScore().present()) {
            out.add(
                    new SubtotalCheck(
                            row,
                            item,
                            row.selfScore().value(),
                            own,
                            expected,
                            List.copyOf(causes),
                            unreadable));
        }
    }

    /** Leaves whose printed score is not what the department typed (capped, rescored, blank). */
    private static List<CellRef> leafCauses(GroupScore g2, ExpectedScores expected) {
        return g2.indicators().stream()
                .filter(
                        l ->
                                l.reportedScore() == null
                                        || !asShown(l.reportedScore(), expected.of(l)))
                .map(l -> l.row().selfScore().source())
                .toList();
    }

    /** A 二级 group's typed 小计 when it will change, else (no 小计 typed) its leaves that will. */
    private static List<CellRef> childCauses(Submission s, GroupScore g1, ExpectedScores expected) {
        List<CellRef> out = new ArrayList<>();
        for (GroupScore g2 : g1.children()) {
            Optional<IndicatorRow> row =
                    subtotal(s, g1.name(), g2.name()).filter(r -> r.selfScore().present());
            if (row.isEmpty()) out.addAll(leafCauses(g2, expected));
            else if (!asShown(row.get().selfScore().value(), expected.of(g2)))
                out.add(row.get().selfScore().source());
        }
        return out;
    }

    private static List<CellRef> level1Causes(
            Submission s, GroupScore g1, ExpectedScores expected) {
        Optional<IndicatorRow> row =
                subtotal(s, g1.name(), "").filter(r -> r.selfScore().present());
        if (row.isEmpty()) return childCauses(s, g1, expected);
        return asShown(row.get().selfScore().value(), expected.of(g1))
                ? List.of()
                : List.of(row.get().selfScore().source());
    }

    /**
     * Equal as printed (2 decimals): 46.975 recomputed is the 46.98 typed, not a cause of anything.
     */
    private static boolean asShown(BigDecimal a, BigDecimal b) {
        return a.setScale(2, java.math.RoundingMode.HALF_UP)
                        .compareTo(b.setScale(2, java.math.RoundingMode.HALF_UP))
                == 0;
    }

    /** The 小计 row of a 二级 group (level2 named) or of a 一级 group (level2 null or blank). */
    static Optional<IndicatorRow> subtotal(Submission s, String level1, String level2) {
        String l2 = level2 == null ? "" : level2;
        return s.indicators().stream()
                .filter(r -> r.kind() == IndicatorRowKind.SUBTOTAL)
                .filter(r -> r.level1().value().equals(level1) && r.level2().value().equals(l2))
                .findFirst();
    }

    static Optional<IndicatorRow> total(Submission s) {
        return s.indicators().stream().filter(r -> r.kind() == IndicatorRowKind.TOTAL).findFirst();
    }

    /** Σ the department's own leaf scores of a 二级 group (blank counts 0). */
    static BigDecimal ownLeaves(GroupScore level2) {
        return level2.indicators().stream()
                .map(IndicatorScore::reportedScore)
                .map(v -> v == null ? BigDecimal.ZERO : v)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * What the department says a 二级 group scored: its 小计 when typed, else the sum of its own leaf
     * scores.
     */
    static BigDecimal ownLevel2(GroupScore level2) {
        return level2.reportedScore() != null ? level2.reportedScore() : ownLeaves(level2);
    }

    /** Σ of what the department says each 二级 group of a 一级 group scored. */
    static BigDecimal ownChildren(GroupScore level1) {
        return level1.children().stream()
                .map(IndicatorRows::ownLevel2)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** What the department says a 一级 group scored: its 小计 when typed, else the sum of its parts. */
    static BigDecimal ownLevel1(GroupScore level1) {
        return level1.reportedScore() != null ? level1.reportedScore() : ownChildren(level1);
    }

    static String label(GroupScore level1, GroupScore level2) {
        return level2 == null ? level1.name() + " 小计" : level2.name() + " 小计";
    }
}
