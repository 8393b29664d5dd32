package org.selfeval.report.docx;

/**
 * A table column: its header, its width in twips (0 until {@link ColumnWidths} sizes it by content)
 * and how its cells align.
 */
public record Column(String header, int width, Align align) {

    public enum Align {
        LEFT,
        CENTRE,
        RIGHT
    }

    /** Text that may wrap (names, explanations): gets the room the other columns leave. */
    public static Column text(String header) {
        return new Column(header, 0, Align.LEFT);
    }

    /** Short labels (序号, 严重程度): as wide as their longest cell, never wrapped. */
    public static Column centred(String header) {
        return new Column(header, 0, Align.CENTRE);
    }

    /** Amounts, rates, scores: right-aligned so the decimal points line up, never wrapped. */
    public static Column figure(String header) {
        return new Column(header, 0, Align.RIGHT);
    }

    boolean wraps() {
        return align == Align.LEFT;
    }

    Column withWidth(int twips) {
        return new Column(header, twips, align);
    }
}
