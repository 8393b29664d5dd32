package org.selfeval.template;

import java.util.ArrayList;
import java.util.List;
import org.selfeval.evaluate.scoring.ScoringMethods;
import org.selfeval.framework.Framework;
import org.selfeval.framework.Level1;
import org.selfeval.framework.Level2;
import org.selfeval.model.WorkbookContract;

/**
 * What the template's 绩效指标 offers staff, derived from the framework: dropdown lists and the words
 * of its notes.
 */
final class IndicatorTree {

    private final Framework framework;

    IndicatorTree(Framework framework) {
        this.framework = framework;
    }

    Framework framework() {
        return framework;
    }

    /** The 一级 names and 合计 (the total row's label). */
    List<String> level1() {
        List<String> names = new ArrayList<>(framework.level1Names());
        names.add(WorkbookContract.TOTAL);
        return names;
    }

    List<String> level2() {
        return framework.level2Names();
    }

    List<String> level3() {
        return framework.level3Names();
    }

    /** True when the department's own rows choose their 三级 from categories (数量指标 …). */
    boolean hasCategories() {
        return framework.tree().stream()
                .flatMap(l1 -> l1.children().stream())
                .anyMatch(l2 -> !l2.categories().isEmpty());
    }

    /** The 评分方法 staff of this framework may type, in catalogue order. */
    List<String> methods() {
        return ScoringMethods.standard().namesFor(framework);
    }

    /** "履职效能、管理效率" as a sentence names them (A或B for two). */
    String level1Words() {
        List<String> names = framework.level1Names();
        return names.size() == 2 ? names.get(0) + "或" + names.get(1) : String.join("、", names);
    }

    /** The 二级 groups whose indicators the department writes itself, with their 一级. */
    List<String> ownGroups() {
        List<String> groups = new ArrayList<>();
        for (Level1 l1 : framework.tree()) {
            for (Level2 l2 : l1.children()) if (l2.ownRows() > 0) groups.add(l2.name());
        }
        return groups;
    }

    /**
     * The 一级 groups the framework fills in completely (no rows for the department's own
     * indicators).
     */
    List<String> prefilledLevel1() {
        return framework.tree().stream()
                .filter(l1 -> l1.children().stream().noneMatch(l2 -> l2.ownRows() > 0))
                .map(Level1::name)
                .toList();
    }
}
