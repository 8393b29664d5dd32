package org.selfeval.summary;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.selfeval.publish.FormulaGuard;

/**
 * 汇总.csv: the 汇总 sheet as text, UTF-8 with a BOM (so Excel reads it as UTF-8), formulas
 * neutralised.
 */
public final class SummaryCsv {

    private static final char BOM = '\uFEFF';

    private SummaryCsv() {}

    /** The column headers of a board, as in the CSV and the 汇总 sheet. */
    public static List<String> header(StatusBoard board) {
        return SummaryTable.of(board).header();
    }

    /** Each department's cells as text, as in the CSV (before formula neutralisation). */
    public static List<List<String>> cells(StatusBoard board) {
        SummaryTable table = SummaryTable.of(board);
        return board.rows().stream().map(table::text).toList();
    }

    public static byte[] bytes(StatusBoard board) throws IOException {
        StringWriter out = new StringWriter();
        out.append(BOM);
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.EXCEL)) {
            printer.printRecord(header(board));
            for (List<String> cells : cells(board)) {
                printer.printRecord(cells.stream().map(FormulaGuard::neutralise).toList());
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
