/**
 * Stage 5, the nightly run: discovery, settle check, parallel conversion with serial publishing,
 * refusals, schedules, the run lock and guarded zip unpacking; environment faults stay out of the
 * manifest.
 */
package org.selfeval.batch;
