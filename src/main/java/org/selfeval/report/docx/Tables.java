package org.selfeval.report.docx;

import java.util.List;

/**
 * Writes tables with explicit full borders (no table style: a style a viewer lacks would lose
 * them), fixed column widths, a bold header row repeated on every page, and rows that never split
 * across pages.
 */
final class Tables {

    private static final int FEW_ROWS = 6;
    private static final int SMALL_ROWS = 15;
    private static final int SHORT_CELL = 40;

    /** Header cells are shaded light grey. */
    private static final String HEADER_FILL = "F2F2F2";

    /** tblPr: the text width, centred, fixed layout, single black borders, narrow cell margins. */
    private static final String PROPERTIES =
            "<w:tblPr><w:tblW w:w=\""
                    + TableSpec.TEXT_WIDTH
                    + "\" w:type=\"dxa\"/>"
                    + "<w:jc w:val=\"center\"/><w:tblBorders>"
                    + border("top")
                    + border("left")
                    + border("bottom")
                    + border("right")
                    + border("insideH")
                    + border("insideV")
                    + "</w:tblBorders><w:tblLayout w:type=\"fixed\"/>"
                    // Narrow cell margins (1 mm) so "2023年决算" fits on one header line.
                    + "<w:tblCellMar><w:left w:w=\"57\" w:type=\"dxa\"/><w:right w:w=\"57\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr>";

    private final Runs runs;

    Tables(Runs runs) {
        this.runs = runs;
    }

    /** Appends the table to {@code out}. */
    void append(StringBuilder out, TableSpec spec) {
        out.append("<w:tbl>").append(PROPERTIES).append("<w:tblGrid>");
        for (Column c : spec.columns())
            out.append("<w:gridCol w:w=\"").append(c.width()).append("\"/>");
        out.append("</w:tblGrid>");
        boolean keepTogether = small(spec);
        row(
                out,
                spec,
                -1,
                spec.columns().stream().map(Column::header).toList(),
                keepTogether && !spec.rows().isEmpty());
        for (int i = 0; i < spec.rows().size(); i++) {
            // A merged block stays on one page, so its label is never cut by a page break.
            boolean keep =
                    keepTogether && i < spec.rows().size() - 1 || continuesAbove(spec, i + 1);
            row(out, spec, i, spec.rows().get(i), keep);
        }
        out.append("</w:tbl>");
    }

    /**
     * A table of six rows or fewer, or of a few short rows (the key-project table), is kept on one
     * page: split, it leaves a row or two alone under a repeated header. Longer tables with long
     * explanations may split between rows.
     */
    static boolean small(TableSpec spec) {
        int rows = spec.rows().size();
        return rows <= FEW_ROWS
                || rows <= SMALL_ROWS
                        && spec.rows().stream()
                                .flatMap(List::stream)
                                .allMatch(c -> c == null || c.length() <= SHORT_CELL);
    }

    /**
     * How a cell of a merged column continues the cell above: null (not merged), "restart" or
     * "continue". A block is the rows with the same labels in every merged column (one 二级 group):
     * the 一级 label starts again with each 二级 group rather than spanning a page break, where
     * LibreOffice would print half of it and Word leave the continuation blank.
     */
    private static String merge(TableSpec spec, int row, int column) {
        if (row < 0 || column >= spec.mergedColumns()) return null;
        if (continuesAbove(spec, row)) return "continue";
        return continuesAbove(spec, row + 1) ? "restart" : null;
    }

    /**
     * Whether the row belongs to the merged block of the row above: the same labels, the first not
     * empty.
     */
    private static boolean continuesAbove(TableSpec spec, int row) {
        List<List<String>> rows = spec.rows();
        if (spec.mergedColumns() == 0 || row <= 0 || row >= rows.size()) return false;
        List<String> here = rows.get(row);
        List<String> above = rows.get(row - 1);
        if (here.get(0).isEmpty()) return false;
        for (int c = 0; c < spec.mergedColumns(); c++)
            if (!here.get(c).equals(above.get(c))) return false;
        return true;
    }

    private void row(
            StringBuilder out,
            TableSpec spec,
            int index,
            List<String> cells,
            boolean keepWithNext) {
        List<Column> columns = spec.columns();
        boolean header = index < 0;
        out.append(
                header
                        ? "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"
                        : "<w:tr><w:trPr><w:cantSplit/></w:trPr>");
        for (int i = 0; i < columns.size(); i++) {
            String merged = merge(spec, index, i);
            boolean continued = "continue".equals(merged);
            String fill = header ? HEADER_FILL : null;
            boolean bold = header;
            String colour = null;
            for (TableSpec.Mark m : spec.marks()) {
                if (!m.covers(index, i)) continue;
                if (m.fill() != null) fill = m.fill();
                bold |= m.bold();
                if (m.colour() != null) colour = m.colour();
            }
            cell(
                    out,
                    columns.get(i),
                    continued ? "" : cells.get(i),
                    merged,
                    fill,
                    bold,
                    colour,
                    header,
                    keepWithNext);
        }
        out.append("</w:tr>");
    }

    private void cell(
            StringBuilder out,
            Column col,
            String text,
            String merged,
            String fill,
            boolean bold,
            String colour,
            boolean header,
            boolean keepWithNext) {
        out.append("<w:tc><w:tcPr><w:tcW w:w=\"").append(col.width()).append("\" w:type=\"dxa\"/>");
        if (merged != null)
            out.append(merged.equals("restart") ? "<w:vMerge w:val=\"restart\"/>" : "<w:vMerge/>");
        if (fill != null)
            XmlText.attribute(out.append("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\""), fill)
                    .append("\"/>");
        out.append("<w:vAlign w:val=\"center\"/></w:tcPr><w:p><w:pPr><w:pStyle w:val=\"")
                .append(StyleId.TABLE.id)
                .append("\"/>");
        if (keepWithNext) out.append("<w:keepNext/>");
        String jc =
                header || col.align() == Column.Align.CENTRE
                        ? "center"
                        : col.align() == Column.Align.RIGHT ? "right" : "left";
        out.append("<w:jc w:val=\"").append(jc).append("\"/></w:pPr>");
        if (text != null && !text.isEmpty()) runs.append(out, StyleId.TABLE, text, bold, colour);
        out.append("</w:p></w:tc>");
    }

    private static String border(String side) {
        return "<w:" + side + " w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>";
    }
}
