/**
 * Scoring methods (正向, 反向, 时限, formula methods …) registered in ScoringMethods; Scorer builds the
 * ScoreCard and reports S-… findings for indicators it cannot score.
 */
package org.selfeval.evaluate.scoring;
