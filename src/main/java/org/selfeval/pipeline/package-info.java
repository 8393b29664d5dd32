/**
 * The flow's contracts: ReadStage → EvaluateStage → RenderStage, the types passed between them
 * (ReadResult, Outcome, Status) and Pipeline, which runs them for one submission in memory. Knows
 * nothing of Excel, Word or folders.
 */
package org.selfeval.pipeline;
