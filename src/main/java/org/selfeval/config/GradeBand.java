package org.selfeval.config;

import java.math.BigDecimal;

/** A grade and the lowest total that earns it (优 from 90 inclusive). */
public record GradeBand(String grade, BigDecimal minimum) {
}
