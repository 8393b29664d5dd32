package org.selfeval.summary;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.selfeval.publish.FormulaGuard;

/** 汇总.csv: the 汇总 sheet as text, UTF-8 with a BOM (so Excel reads it as UTF-8), formulas neutralised. */
public final class SummaryCsv {

    private static final char BOM = '\uFEFF';

    private SummaryCsv() {
    }

    /** The column headers, as in the CSV and the 汇总 sheet. */
    public static List<String> header() {
        return SummaryTable.header();
    }

    /** Each department's cells as text, as in the CSV (before formula neutralisation). */
    public static List<List<String>> cells(StatusBoard board) {
        return board.rows().stream().map(SummaryTable::text).toList();
    }

    public static byte[] bytes(StatusBoard board) throws IOException {
        StringWriter out = new StringWriter();
        out.append(BOM);
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.EXCEL)) {
            printer.printRecord(SummaryTable.header());
            for (DepartmentRow row : board.rows()) {
                printer.printRecord(SummaryTable.text(row).stream().map(FormulaGuard::neutralise).toList());
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
