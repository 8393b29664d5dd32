package org.selfeval.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.evaluate.Evaluator;
import org.selfeval.evaluate.audit.StaffWorkbooks;
import org.selfeval.model.Comparison;
import org.selfeval.model.Evaluation;
import org.selfeval.model.Finding;
import org.selfeval.model.Formats;
import org.selfeval.model.Severity;
import org.selfeval.pipeline.ReadResult;

/**
 * Staff who type amounts as text ("22,918.41", "２１，２４５．３９", "69.16万元", "—") beside the template's
 * own yellow formulas, which Excel then shows as #VALUE!, and scores as "3分": the submission reads
 * as if typed as numbers.
 */
class TextAmountsBesideFormulasTest {

    private static final Path CORRECTED = StaffWorkbooks.CORRECTED;

    @TempDir Path dir;

    @Test
    void textAmountsBesideTheTemplatesFormulasReadAsNumbers() throws Exception {
        Path typed = dir.resolve("typed-as-text.xlsx");
        StaffWorkbooks.amountsAsTextBesideFormulas(typed);

        Evaluation asNumbers = evaluate(CORRECTED);
        Evaluation asText = evaluate(typed);
        List<Finding> blocking =
                asText.findings().stream().filter(f -> f.severity() != Severity.INFO).toList();
        assertEquals(
                List.of(),
                blocking.stream().filter(f -> !f.ruleId().equals("R-REPORT-TEXT")).toList(),
                describe(blocking));
        assertEquals(lines(asNumbers.income()), lines(asText.income()));
        assertEquals(lines(asNumbers.expenditure()), lines(asText.expenditure()));
        assertEquals(
                asNumbers.projects().stream().map(p -> Formats.percent(p.rate())).toList(),
                asText.projects().stream().map(p -> Formats.percent(p.rate())).toList());
        assertEquals(
                Formats.plain(asNumbers.scores().total()), Formats.plain(asText.scores().total()));
        assertFalse(asText.blocked());
        assertTrue(
                asText.findings().stream()
                        .filter(f -> f.ruleId().equals("READ-FORMULA-ERROR"))
                        .allMatch(
                                f -> f.severity() == Severity.INFO && f.message().contains("无需修改")),
                describe(asText.findings()));
    }

    private static Evaluation evaluate(Path workbook) {
        ReadResult read = new SubmissionReader().read(workbook);
        assertTrue(read.readable(), read.findings().toString());
        return new Evaluator().evaluate(read.submission(), read.findings());
    }

    private static List<String> lines(Comparison c) {
        List<String> out = new ArrayList<>();
        Stream.concat(Stream.of(c.total()), c.details().stream())
                .forEach(
                        l ->
                                out.add(
                                        Formats.amount(l.current())
                                                + " "
                                                + Formats.amount(l.previous())
                                                + " "
                                                + Formats.amount(l.difference())
                                                + " "
                                                + Formats.rate(l.rate())));
        return out;
    }

    private static String describe(List<Finding> fs) {
        return fs.stream()
                .map(
                        f ->
                                f.severity().label()
                                        + " "
                                        + f.ruleId()
                                        + " "
                                        + f.source().sheetCell()
                                        + " "
                                        + f.message())
                .collect(Collectors.joining("\n"));
    }
}
