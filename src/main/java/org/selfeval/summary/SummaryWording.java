package org.selfeval.summary;

import org.selfeval.framework.Framework;

/**
 * The words 汇总's columns are headed in: those of the framework the bureau put in effect
 * (--framework, or the 指标体系.xlsx beside the inbox), else the built-in frameworks'. Carried by the
 * batch, which does not read frameworks itself.
 *
 * @param framework the bureau's framework; null: the built-in ones
 */
public record SummaryWording(Framework framework) {

    public static final SummaryWording BUILT_IN = new SummaryWording(null);
}
