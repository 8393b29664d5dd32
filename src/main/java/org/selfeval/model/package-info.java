/**
 * The records every stage shares: a submission as typed (each value with its cell), findings and
 * their kinds, the recomputed evaluation and its score card. Imports nothing of the project; money
 * and rates are BigDecimal.
 */
package org.selfeval.model;
