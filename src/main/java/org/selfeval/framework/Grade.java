package org.selfeval.framework;

import java.math.BigDecimal;

/** A grade (优) and the lowest total that earns it (90). */
public record Grade(String name, BigDecimal minimum) {}
