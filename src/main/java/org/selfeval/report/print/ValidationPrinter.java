package org.selfeval.report.print;

import java.io.PrintWriter;
import java.util.List;

/** Writes validation results in one output format (table for people, csv and json for machines). */
@FunctionalInterface
public interface ValidationPrinter {
    void print(List<Validation> validations, PrintWriter out);
}
