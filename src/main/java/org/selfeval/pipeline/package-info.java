/**
 * The flow's contracts: ReadStage → EvaluateStage → the registered OutputFormats (RenderStage gives
 * the standard two), the types passed between them (ReadResult, Outcome, Status) and Pipeline,
 * which runs them for one submission in memory. Knows nothing of Excel, Word or folders.
 */
package org.selfeval.pipeline;
