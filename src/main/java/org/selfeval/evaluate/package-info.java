/**
 * Stage 2, judging: Evaluator has the figures recomputed, then audited and scored, against the
 * framework the submission names; FindingCatalogue lists the kinds of finding it may report.
 */
package org.selfeval.evaluate;
