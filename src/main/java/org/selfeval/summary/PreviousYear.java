package org.selfeval.summary;

import java.math.BigDecimal;

/** A department's result of the year before: its latest generated report's total and grade. */
record PreviousYear(String year, BigDecimal total, String grade) {}
