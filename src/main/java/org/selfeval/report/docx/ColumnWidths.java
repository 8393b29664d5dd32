package org.selfeval.report.docx;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sizes table columns by their content, so a name is not broken after four characters while a
 * figure column stands half empty: figure and label columns get exactly their widest cell or header
 * line (they never wrap), text columns share the rest in proportion to their text per row (a column
 * filled in a few rows gets less than one filled in all), never narrower than four characters or
 * their header.
 */
public final class ColumnWidths {

    /** One half-width character of 10.5 pt table text, in twips (a CJK character is two). */
    private static final int HALF_WIDTH = 105;

    /**
     * Both cell margins (57 twips each, see Tables) and air for bold headers and wider digit faces.
     */
    private static final int PADDING = 114 + 120;

    /**
     * A label column never takes more than this share of the line: a long value then wraps instead.
     */
    private static final double MAX_FIXED_SHARE = 0.22;

    /**
     * A text column shows at least four CJK characters a line ("数量指标" unbroken), or all of a
     * shorter text.
     */
    private static final int SHORTEST_TEXT = width("四个汉字");

    /** A text column whose cells are all this short (eight characters) is never wrapped. */
    private static final int SHORT_TEXT = width("八个汉字八个汉字");

    /** A name up to ten characters ("新建高标准农田面积") is worth keeping on one line. */
    private static final int NAME = width("十个汉字十个汉字十个");

    /** A merged group name spans many rows: two characters a line are enough ("履职/效能"). */
    private static final int SHORTEST_MERGED = width("两字");

    private ColumnWidths() {}

    /**
     * @param merged the first {@code merged} columns name groups (merged downwards, see TableSpec):
     *     such a cell spans many rows, so wrapping it costs little and it keeps to a two-character
     *     minimum
     */
    static List<Column> fit(List<Column> columns, List<List<String>> rows, int merged, int total) {
        Sizing whole = new Sizing(columns, rows, merged, total, true);
        // Short texts ("财政拨款收入") stay on one line, unless that squeezes a longer text below its
        // usual cell: the 附表's targets ("≥1200户") then wrap rather than the indicator's name.
        Sizing sized = whole.squeezes() ? new Sizing(columns, rows, merged, total, false) : whole;
        List<Column> result = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++)
            result.add(columns.get(i).withWidth(sized.widths[i]));
        return result;
    }

    /** One way of sizing the columns: with short text columns kept whole, or not. */
    private static final class Sizing {
        final int[] widths;
        final int[] minimum;
        final double[] usual;
        final boolean[] keptWhole;
        final boolean[] text;

        Sizing(
                List<Column> columns,
                List<List<String>> rows,
                int merged,
                int total,
                boolean keepShortWhole) {
            int n = columns.size();
            minimum = new int[n];
            usual = new double[n];
            keptWhole = new boolean[n];
            text = new boolean[n];
            double[] typical = new double[n];
            for (int i = 0; i < n; i++) {
                Column c = columns.get(i);
                int header = width(c.header());
                int cells = header;
                double sum = 0;
                int filled = 0;
                for (List<String> row : rows) {
                    int w = width(row.get(i));
                    cells = Math.max(cells, w);
                    if (row.get(i) != null && !row.get(i).isEmpty()) {
                        sum += w;
                        filled++;
                    }
                }
                usual[i] = filled == 0 ? header : sum / filled;
                // The mean over all rows, empty cells counting nothing: a column that explains
                // only the few indicators that lost points gets less than one that names every
                // indicator.
                typical[i] = sum == 0 ? header : sum / rows.size();
                if (!c.wraps()) minimum[i] = Math.min(cells, (int) (total * MAX_FIXED_SHARE));
                else if (keepShortWhole && i >= merged && cells <= SHORT_TEXT) {
                    minimum[i] = cells; // "财政拨款收入" stays on one line
                    keptWhole[i] = true;
                } else
                    minimum[i] =
                            Math.max(
                                    header,
                                    Math.min(cells, i < merged ? SHORTEST_MERGED : SHORTEST_TEXT));
                // a cell reference or a file name is never broken ("绩效指标!" / "K43")
                if (c.wraps())
                    minimum[i] =
                            Math.max(
                                    minimum[i],
                                    Math.min(references(rows, i), (int) (total * MAX_FIXED_SHARE)));
            }
            makeRoom(columns, rows, minimum, merged, total);
            widths = new int[n];
            int fixed = 0;
            double flexible = 0;
            for (int i = 0; i < n; i++) {
                if (columns.get(i).wraps() && i >= merged) {
                    text[i] = true;
                    flexible += typical[i];
                } else {
                    widths[i] = minimum[i];
                    fixed += widths[i];
                }
            }
            int rest = total - fixed;
            if (flexible == 0) {
                // No text column: the figure columns share the spare room evenly.
                for (int i = 0; i < n; i++) widths[i] += rest / n;
            } else {
                shareAmongText(columns, typical, minimum, widths, rest);
            }
            int sum = 0;
            for (int w : widths) sum += w;
            // rounding: to the widest column, which a few twips never squeeze below its minimum
            int widest = 0;
            for (int i = 1; i < n; i++) if (widths[i] > widths[widest]) widest = i;
            widths[widest] += total - sum;
        }

        /**
         * Whether a text column kept whole leaves another text column narrower than its usual (mean
         * filled) cell.
         */
        boolean squeezes() {
            boolean anyWhole = false;
            for (boolean w : keptWhole) anyWhole |= w;
            if (!anyWhole) return false;
            for (int i = 0; i < widths.length; i++)
                if (text[i] && !keptWhole[i] && widths[i] < Math.min(usual[i], NAME)) return true;
            return false;
        }
    }

    /**
     * In proportion to the typical (mean) cell, so one long explanation does not take the room of a
     * column whose every cell is long; a column that would get less than its minimum gets its
     * minimum.
     */
    private static void shareAmongText(
            List<Column> columns, double[] typical, int[] minimum, int[] widths, int rest) {
        List<Integer> open = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++)
            if (columns.get(i).wraps() && widths[i] == 0) open.add(i);
        boolean changed = true;
        while (changed) {
            changed = false;
            double weight = open.stream().mapToDouble(i -> typical[i]).sum();
            for (Integer i : List.copyOf(open)) {
                if (rest * typical[i] / weight < minimum[i]) {
                    widths[i] = minimum[i];
                    rest -= minimum[i];
                    open.remove(i);
                    changed = true;
                }
            }
        }
        double weight = open.stream().mapToDouble(i -> typical[i]).sum();
        for (Integer i : open) widths[i] = (int) (rest * typical[i] / weight);
    }

    /**
     * Every column keeps a minimum: when the minimums together are wider than the line (labels and
     * figures each up to {@link #MAX_FIXED_SHARE} of it, beside text columns of four characters),
     * the columns wider than their floor give way in proportion to what they have above it — labels
     * and figures down to their header, text columns down to their header or two characters — so no
     * column is squeezed to nothing and the table keeps to the line. Before this, the last text
     * column took what was left, which could be nothing (it once hid the 附表's 偏差原因 header).
     */
    private static void makeRoom(
            List<Column> columns, List<List<String>> rows, int[] minimum, int merged, int total) {
        int n = minimum.length;
        int sum = 0;
        for (int m : minimum) sum += m;
        if (sum <= total) return;
        int[] floor = new int[n];
        int slack = 0;
        for (int i = 0; i < n; i++) {
            int header = width(columns.get(i).header());
            floor[i] =
                    Math.min(
                            minimum[i],
                            columns.get(i).wraps() ? Math.max(header, SHORTEST_MERGED) : header);
            slack += minimum[i] - floor[i];
        }
        int over = sum - total;
        if (slack >= over) {
            for (int i = 0; i < n; i++)
                minimum[i] -= (int) Math.ceil((double) over * (minimum[i] - floor[i]) / slack);
        } else {
            // not even the floors fit: every column in proportion to its floor
            int floors = 0;
            for (int f : floor) floors += f;
            for (int i = 0; i < n; i++) minimum[i] = (int) ((long) total * floor[i] / floors);
        }
    }

    /**
     * The widest cell reference ("绩效指标!K43") or file name ("预算表.xlsx") in column {@code i}, in
     * twips (0 when none).
     */
    private static int references(List<List<String>> rows, int i) {
        int widest = 0;
        for (List<String> row : rows) {
            String cell = row.get(i);
            if (cell == null) continue;
            Matcher m = REFERENCE.matcher(cell);
            while (m.find()) widest = Math.max(widest, width(m.group()));
        }
        return widest;
    }

    /** A sheet and cell, or a file name: read as one word, never broken. */
    private static final Pattern REFERENCE =
            Pattern.compile(
                    "[^\\s!（）()“”\"，,；;：:、。]+![A-Z]{1,3}[0-9]+|[^\\s（）()“”\"，,；;：:、。]+\\.(?:xlsx|xls|csv)");

    /** The widest line of a cell in twips, padding included. */
    public static int width(String text) {
        int widest = 0;
        for (String line : (text == null ? "" : text).split("\n")) {
            int units = 0;
            for (int k = 0; k < line.length(); ) {
                int cp = line.codePointAt(k);
                units += cp < 0x2E80 || (cp >= 0xFF61 && cp <= 0xFFDC) ? 1 : 2;
                k += Character.charCount(cp);
            }
            widest = Math.max(widest, units);
        }
        return widest * HALF_WIDTH + PADDING;
    }
}
