package org.selfeval.model;

import java.nio.file.Path;
import java.util.List;

/**
 * One department-year as read from a workbook or a folder of workbooks and CSV files. Sheets the
 * submission lacks are empty here (the reader reports them as findings).
 *
 * @param origin the workbook or folder the submission was read from
 * @param files the files that made it, in reading order
 */
public record Submission(
        Path origin,
        List<Path> files,
        BasicInfo info,
        ComparisonTable income,
        ComparisonTable expenditure,
        List<IndicatorRow> indicators,
        List<KeyProject> keyProjects,
        ManagementData management,
        FundsTable funds) {

    public Submission {
        files = List.copyOf(files);
        indicators = List.copyOf(indicators);
        keyProjects = List.copyOf(keyProjects);
        funds = funds == null ? FundsTable.NONE : funds;
    }

    /** A submission without a 项目资金 sheet (every framework but the national table's). */
    public Submission(
            Path origin,
            List<Path> files,
            BasicInfo info,
            ComparisonTable income,
            ComparisonTable expenditure,
            List<IndicatorRow> indicators,
            List<KeyProject> keyProjects,
            ManagementData management) {
        this(
                origin,
                files,
                info,
                income,
                expenditure,
                indicators,
                keyProjects,
                management,
                FundsTable.NONE);
    }
}
