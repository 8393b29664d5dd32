package org.selfeval.report;

import org.selfeval.audit.FindingCatalogue;

/**
 * Rule ids of findings with their Chinese names, shown in the 校验报告 ("R-DIFF 差异复核") so staff see what was
 * checked. The names are declared with the rules (see {@link FindingCatalogue}).
 */
final class RuleNames {

    private RuleNames() {
    }

    /** "R-DIFF" over "差异复核" (a line break between): the id, so staff can cite it, and its name. */
    static String label(String ruleId) {
        String name = name(ruleId);
        return name.isEmpty() || name.equals(ruleId) ? ruleId : ruleId + "\n" + name;
    }

    /** The rule's Chinese name, or the id when it has none. */
    static String name(String ruleId) {
        return FindingCatalogue.name(ruleId);
    }
}
