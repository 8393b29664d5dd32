package org.selfeval.evaluate.audit;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.selfeval.model.ComparisonRow;
import org.selfeval.model.ComparisonTable;
import org.selfeval.model.IndicatorRow;
import org.selfeval.model.KeyProject;
import org.selfeval.model.Num;
import org.selfeval.model.Submission;
import org.selfeval.model.Text;
import org.selfeval.model.WorkbookContract;

/**
 * Writes a submission as the folder of CSV files staff may hand in (one file per sheet, header in
 * row 1).
 */
public final class CsvFolderWriter {

    private CsvFolderWriter() {}

    public static Path write(Submission s, Path folder) throws IOException {
        Files.createDirectories(folder);
        List<List<String>> info = new ArrayList<>();
        s.info().texts().forEach((k, v) -> info.add(List.of(k, v.value())));
        sheet(
                folder,
                WorkbookContract.SHEET_INFO,
                List.of(WorkbookContract.KEY, WorkbookContract.INFO_VALUE),
                info);
        sheet(
                folder,
                WorkbookContract.SHEET_INCOME,
                WorkbookContract.COMPARISON_HEADERS,
                comparison(s.income()));
        sheet(
                folder,
                WorkbookContract.SHEET_EXPENDITURE,
                WorkbookContract.COMPARISON_HEADERS,
                comparison(s.expenditure()));
        List<List<String>> indicators = new ArrayList<>();
        for (IndicatorRow r : s.indicators()) {
            indicators.add(
                    List.of(
                            r.level1().value(),
                            r.level2().value(),
                            r.level3().value(),
                            r.content().value(),
                            r.nature().value(),
                            r.target().value(),
                            r.unit().value(),
                            r.actual().value(),
                            n(r.weight()),
                            r.method().value(),
                            n(r.selfScore()),
                            r.explanation().value()));
        }
        sheet(
                folder,
                WorkbookContract.SHEET_INDICATORS,
                WorkbookContract.INDICATOR_HEADERS,
                indicators);
        List<List<String>> projects = new ArrayList<>();
        for (KeyProject p : s.keyProjects()) {
            projects.add(
                    List.of(
                            p.seq().value(),
                            p.name().value(),
                            n(p.initialBudget()),
                            n(p.adjustedBudget()),
                            n(p.actual()),
                            n(p.rate()),
                            p.explanation().value()));
        }
        sheet(folder, WorkbookContract.SHEET_PROJECTS, WorkbookContract.PROJECT_HEADERS, projects);
        List<List<String>> management = new ArrayList<>();
        s.management().values().forEach((k, v) -> management.add(List.of(k, n(v))));
        sheet(
                folder,
                WorkbookContract.SHEET_MANAGEMENT,
                List.of(WorkbookContract.KEY, WorkbookContract.MANAGEMENT_VALUE),
                management);
        return folder;
    }

    private static List<List<String>> comparison(ComparisonTable t) {
        List<List<String>> rows = new ArrayList<>();
        if (t.total() != null) rows.add(row(t.total()));
        t.details().forEach(r -> rows.add(row(r)));
        return rows;
    }

    private static List<String> row(ComparisonRow r) {
        return List.of(
                r.name(),
                n(r.current()),
                n(r.previous()),
                n(r.difference()),
                n(r.rate()),
                text(r.explanation()));
    }

    private static String text(Text t) {
        return t.value();
    }

    private static String n(Num n) {
        BigDecimal v = n.value();
        return v == null ? "" : v.toPlainString();
    }

    private static void sheet(
            Path folder, String name, List<String> header, List<List<String>> rows)
            throws IOException {
        try (Writer w =
                        Files.newBufferedWriter(
                                folder.resolve(name + ".csv"), StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT)) {
            csv.printRecord(header);
            for (List<String> r : rows) csv.printRecord(r);
        }
    }
}
