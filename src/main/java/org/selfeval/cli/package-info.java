/**
 * Stage 6, the commands (picocli): templates, validate, convert, run, status, framework, bench;
 * PipelineWiring is the one place the real stages are put together; messages and exit codes for
 * people and schedulers.
 */
package org.selfeval.cli;
