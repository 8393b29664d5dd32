/**
 * The benchmark: generated submissions, throughput and memory per thread count, start-up time and
 * an output digest that shows two runs byte-identical (selfeval bench; results in
 * bench/RESULTS.md).
 */
package org.selfeval.bench;
