/**
 * Recomputes every derived figure (差异, 差异率, execution rates, scores) from the amounts as read,
 * before the audit judges what the department typed.
 */
package org.selfeval.evaluate.recompute;
