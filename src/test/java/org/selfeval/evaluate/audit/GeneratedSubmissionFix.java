package org.selfeval.evaluate.audit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.selfeval.model.Percent;

/**
 * Recomputes the typed 差异, 差异率 and 合计 of an edited comparison table so only the intended slip
 * remains.
 */
final class GeneratedSubmissionFix {

    private GeneratedSubmissionFix() {}

    static void refresh(List<String[]> table) {
        BigDecimal current = BigDecimal.ZERO;
        BigDecimal previous = BigDecimal.ZERO;
        for (int i = 1; i < table.size(); i++) {
            fix(table.get(i));
            current = current.add(new BigDecimal(table.get(i)[1]));
            previous = previous.add(new BigDecimal(table.get(i)[2]));
        }
        table.get(0)[1] = current.toPlainString();
        table.get(0)[2] = previous.toPlainString();
        fix(table.get(0));
    }

    private static void fix(String[] row) {
        BigDecimal c = new BigDecimal(row[1]);
        BigDecimal p = new BigDecimal(row[2]);
        row[3] = c.subtract(p).toPlainString();
        BigDecimal rate = Percent.change(c, p);
        row[4] = rate == null ? null : rate.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
