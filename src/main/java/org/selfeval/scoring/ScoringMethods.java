package org.selfeval.scoring;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The scoring methods by the name staff type in 评分方法, registered once here in catalogue order. */
public final class ScoringMethods {

    public static final String QUALITATIVE = "定性";

    private final Map<String, ScoringMethod> byName;

    private final java.util.List<String> order;

    private ScoringMethods(Map<String, ScoringMethod> byName) {
        this.byName = Map.copyOf(byName);
        this.order = java.util.List.copyOf(byName.keySet());
    }

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

    public Optional<ScoringMethod> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The names staff may type in 评分方法, in catalogue order. */
    public java.util.Set<String> names() {
        return java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(order));
    }

    public boolean mechanical(String name) {
        return byName.containsKey(name) && !QUALITATIVE.equals(name);
    }
}
