package org.selfeval.evaluate.scoring;

import java.math.BigDecimal;
import org.selfeval.evaluate.config.EvaluationConfig;
import org.selfeval.model.ManagementData;

/**
 * What a scoring method may use besides its row: the configuration, 管理指标数据 and the recomputed
 * budget execution rate (percent, null when not computable).
 */
public record ScoringContext(
        EvaluationConfig config, ManagementData management, BigDecimal budgetExecutionRate) {}
