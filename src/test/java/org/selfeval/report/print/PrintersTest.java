package org.selfeval.report.print;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.selfeval.evaluate.Evaluator;
import org.selfeval.ingest.SubmissionReader;
import org.selfeval.model.Evaluation;
import org.selfeval.pipeline.Pipeline;
import org.selfeval.pipeline.ReadResult;

/**
 * What `validate` prints for the as-published example: Chinese rule names for people, ids for
 * machines, no false 未填.
 */
class PrintersTest {

    private static final Path PUBLISHED =
            Path.of("input-templates", "examples", "huadu-amr-2023-as-published.xlsx");
    private static List<Validation> validations;

    @BeforeAll
    static void validate() {
        ReadResult read = new SubmissionReader().read(PUBLISHED);
        Evaluation e = new Evaluator().evaluate(read.submission(), read.findings());
        validations = List.of(new Validation(PUBLISHED, e.findings(), e));
    }

    private static String print(ValidationPrinter printer) {
        StringWriter out = new StringWriter();
        printer.print(validations, new PrintWriter(out));
        return out.toString();
    }

    @Test
    void tableShowsRuleNamesAndTheScoreTypedForASingleIndicatorGroup() {
        String table =
                print(
                        new TablePrinter(
                                Pipeline.findingKinds(new SubmissionReader(), new Evaluator())));
        assertTrue(table.contains("绩效指标!K43  错误      小计复核"), table);
        assertFalse(table.contains("R-SUBTOTAL"), "ids are for machines: " + table);
        // 部门预算资金支出率 has no 小计 row: what the department reported is its one score, K15.
        assertTrue(table.contains("部门预算资金支出率（分值 10）：9.98（自报 9.98）"), table);
    }

    @Test
    void csvAndJsonKeepTheIdsAndTheReportedScore() {
        String csv = print(new CsvPrinter());
        assertTrue(csv.contains(",问题,绩效指标!K43,错误,R-SUBTOTAL,"), csv);
        assertTrue(csv.contains(",得分,,,,履职效能/部门预算资金支出率,,,,10,9.98,9.98,"), csv);
        String json = print(new JsonPrinter());
        assertTrue(json.contains("\"rule\": \"R-SUBTOTAL\""), json);
        assertTrue(
                json.contains(
                        "{\"name\": \"部门预算资金支出率\", \"weight\": 10, \"score\": 9.98, \"reported\": 9.98}"),
                json);
    }
}
