package org.selfeval.report;

/** A table column: its header, its width in twips and how its cells align. */
record Column(String header, int width, Align align) {

    enum Align { LEFT, CENTRE, RIGHT }

    static Column text(String header, int width) {
        return new Column(header, width, Align.LEFT);
    }

    static Column centred(String header, int width) {
        return new Column(header, width, Align.CENTRE);
    }

    /** Amounts and rates: right-aligned so the decimal points line up. */
    static Column figure(String header, int width) {
        return new Column(header, width, Align.RIGHT);
    }
}
