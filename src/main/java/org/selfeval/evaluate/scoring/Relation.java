package org.selfeval.evaluate.scoring;

/** How an actual must relate to a target. */
enum Relation {
    AT_LEAST,
    AT_MOST,
    EQUAL
}
