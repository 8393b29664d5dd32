package org.selfeval.framework;

import java.math.BigDecimal;
import java.util.List;
import org.selfeval.model.NameKey;

/**
 * A 二级 indicator: its 分值 (null when the department shares its 一级 分值 out itself), the number of
 * blank rows the template leaves for the department's own indicators, the 三级 categories those rows
 * choose from, and the 三级 indicators the framework names.
 */
public record Level2(
        String name, BigDecimal weight, int ownRows, List<String> categories, List<Leaf> leaves) {

    public Level2 {
        categories = List.copyOf(categories);
        leaves = List.copyOf(leaves);
    }

    /** True when the department writes its own indicators here (产出指标, 效益指标 …). */
    public boolean departmentOwn() {
        return ownRows > 0 || leaves.isEmpty();
    }

    /** A 二级 that is one indicator by itself (部门预算资金支出率) needs no 小计 row of its own. */
    public boolean singleIndicator() {
        return ownRows == 0 && leaves.size() == 1 && NameKey.same(leaves.get(0).name(), name);
    }
}
