package org.selfeval.evaluate.scoring;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.selfeval.framework.Framework;
import org.selfeval.model.FindingKind;
import org.selfeval.model.Severity;

/** The scoring methods by the name staff type in 评分方法, registered once here in catalogue order. */
public final class ScoringMethods {

    public static final String QUALITATIVE = "定性";

    /** 评分方法 names no method (kept score). */
    public static final FindingKind UNKNOWN_METHOD =
            new FindingKind("S-UNKNOWN-METHOD", "评分方法无法识别", Severity.WARNING);

    /** The method could not score the row from what was typed (kept score). */
    public static final FindingKind UNSCORABLE =
            new FindingKind("S-UNSCORABLE", "无法自动计分", Severity.INFO);

    /** Kept score, but none typed. */
    public static final FindingKind NO_SCORE =
            new FindingKind("S-NO-SCORE", "自评得分未填", Severity.WARNING);

    private final Map<String, ScoringMethod> byName;

    private ScoringMethods(Map<String, ScoringMethod> byName) {
        this.byName = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byName));
    }

    /**
     * The methods that read 管理指标数据 items a framework defines (公式指标): words of the frameworks that
     * use them, offered only there.
     */
    private static final Set<String> FORMULAS =
            Set.of(
                    PublicFundsControlMethod.NAME,
                    ThreeCostsMethod.NAME,
                    AssetUtilisationMethod.NAME,
                    CarryOverMethod.NAME,
                    ContractFilingMethod.NAME);

    public static ScoringMethods standard() {
        Map<String, ScoringMethod> m = new LinkedHashMap<>();
        m.put("支出率", new ExpenditureRateMethod());
        m.put("正向", new PositiveMethod());
        m.put("反向", new ReverseMethod());
        m.put("等于", new EqualsMethod());
        m.put("时限", new DeadlineMethod());
        m.put("阈值", new ThresholdMethod());
        m.put("零容忍", new ZeroToleranceMethod());
        m.put(QUALITATIVE, new QualitativeMethod());
        m.put("公用经费控制率", new PublicFundsControlMethod());
        m.put("三公经费控制", new ThreeCostsMethod());
        m.put("固定资产利用率", new AssetUtilisationMethod());
        m.put("结转结余率", new CarryOverMethod());
        m.put("合同备案时效", new ContractFilingMethod());
        return new ScoringMethods(m);
    }

    /**
     * These methods and {@code method} under {@code name} (the word staff type in 评分方法): how a
     * bureau or a test adds a method without editing this class. A framework may then name it.
     *
     * @throws IllegalArgumentException when a method already has that name
     */
    public ScoringMethods with(String name, ScoringMethod method) {
        if (name == null || name.isBlank() || byName.containsKey(name)) {
            throw new IllegalArgumentException("a scoring method needs a name of its own: " + name);
        }
        Map<String, ScoringMethod> m = new LinkedHashMap<>(byName);
        m.put(name, java.util.Objects.requireNonNull(method));
        return new ScoringMethods(m);
    }

    /** The kinds of finding scoring reports. */
    public static List<FindingKind> kinds() {
        return List.of(UNKNOWN_METHOD, UNSCORABLE, NO_SCORE);
    }

    /** The names staff may type in 评分方法, in catalogue order (the template's dropdown). */
    public List<String> names() {
        return List.copyOf(byName.keySet());
    }

    /**
     * The names staff of {@code framework} may type: every method but the formula ones it does not
     * use (公用经费控制率 is not offered under a framework without it).
     */
    public List<String> namesFor(Framework framework) {
        Set<String> used = new HashSet<>();
        framework.leaves().forEach(l -> used.add(l.method()));
        framework.inputs().forEach(i -> used.add(i.method()));
        return byName.keySet().stream()
                .filter(n -> !FORMULAS.contains(n) || used.contains(n))
                .toList();
    }

    public Optional<ScoringMethod> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public boolean mechanical(String name) {
        return byName.containsKey(name) && !QUALITATIVE.equals(name);
    }
}
