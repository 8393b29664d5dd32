package org.selfeval.evaluate.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.selfeval.model.CellRef;
import org.selfeval.model.Num;

/** Arithmetic shared by the scoring methods; unrounded, clamped to [0, weight]. */
final class Scores {

    static final MathContext PRECISION = new MathContext(20, RoundingMode.HALF_UP);
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Scores() {}

    static BigDecimal clamp(BigDecimal score, BigDecimal weight) {
        if (score.signum() < 0) return BigDecimal.ZERO;
        return score.compareTo(weight) > 0 ? weight : score;
    }

    /** part ÷ whole × weight, clamped; whole must be non-zero. */
    static BigDecimal proportion(BigDecimal part, BigDecimal whole, BigDecimal weight) {
        return clamp(part.multiply(weight).divide(whole, PRECISION), weight);
    }

    static BigDecimal full(boolean condition, BigDecimal weight) {
        return condition ? weight : BigDecimal.ZERO;
    }

    /** "管理指标数据!B5、B6": where the 管理指标数据 entries a formula used were read. */
    static String cells(ScoringContext ctx, String... keys) {
        List<String> cells = new ArrayList<>();
        String sheet = null;
        for (String key : keys) {
            CellRef ref = ctx.management().get(key).map(Num::source).orElse(null);
            if (ref == null || ref.cell() == null) continue;
            boolean sameSheet = sheet != null && sheet.equals(ref.sheet());
            cells.add(sameSheet ? ref.cell() : ref.sheetCell());
            sheet = ref.sheet();
        }
        return cells.isEmpty() ? "" : "（" + String.join("、", cells) + "）";
    }

    /** "实际完成值“287台”（绩效指标!H8）": a typed value of the row with its cell, for a reason. */
    static String typed(String label, org.selfeval.model.Text text) {
        String cell = text.source() == null ? "" : "（" + text.source().sheetCell() + "）";
        return label + "“" + text.value() + "”" + cell;
    }

    static ScoreResult missing(String... keys) {
        return ScoreResult.unscorable("管理指标数据缺少 " + String.join("、", keys) + "，无法按公式计分");
    }
}
