package org.selfeval.project;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.selfeval.framework.ProjectColumn.Role;
import org.selfeval.framework.ProjectFramework;
import org.selfeval.framework.ScoreRule;
import org.selfeval.model.CellRef;
import org.selfeval.model.Finding;
import org.selfeval.model.Num;
import org.selfeval.model.ProjectFundRow;
import org.selfeval.model.ProjectSheet;
import org.selfeval.model.ProjectTableLine;

/**
 * One project after audit and scoring: the figures recomputed from its cells, the reviewed score of
 * each indicator, the sum, the 评分规则 that capped the total (null when none did), the total and the
 * grade.
 *
 * @param department the 主管部门, or the department's name when the project came with its department's
 *     workbook
 * @param sum the execution rate's score plus every indicator's reviewed score, before any cap
 */
public record ProjectEvaluation(
        ProjectSheet sheet,
        ProjectFramework framework,
        String department,
        String year,
        List<Finding> findings,
        FundsReview funds,
        List<ReviewedIndicator> indicators,
        BigDecimal sum,
        ScoreRule cap,
        BigDecimal total,
        String grade) {

    public ProjectEvaluation {
        findings = List.copyOf(findings);
        indicators = List.copyOf(indicators);
    }

    public boolean blocked() {
        return findings.stream().anyMatch(Finding::blocks);
    }

    public String name() {
        return sheet.title();
    }

    /**
     * Its findings as its 校验报告 lists them, so counted alike everywhere: the reader's {@code
     * readFindings} (of its whole submission) about its sheet first (a header it could not find),
     * then its own.
     */
    public List<Finding> listedWith(List<Finding> readFindings) {
        List<Finding> all = new ArrayList<>();
        for (Finding f : readFindings) {
            if (f.source() == null || !sheet.sheet().equals(f.source().sheet())) continue;
            String file = f.source().file();
            if (file == null || sheet.file() == null || file.equals(sheet.file())) all.add(f);
        }
        all.addAll(findings);
        return all;
    }

    /**
     * The line its department's report lists: the reviewed 年度资金总额 figures at the cells of that row,
     * the total at the 总分 row's 得分 cell.
     */
    public ProjectTableLine line() {
        CellRef sheetRef = new CellRef(sheet.file(), sheet.sheet(), null);
        Optional<ProjectFundRow> row = sheet.totalFunds();
        CellRef budgetCell = row.map(r -> r.budget().source()).orElse(sheetRef);
        CellRef executedCell = row.map(r -> r.executed().source()).orElse(sheetRef);
        return new ProjectTableLine(
                sheet.name(),
                new ProjectTableLine.Labels(
                        framework.required(Role.BUDGET),
                        framework.required(Role.EXECUTED),
                        framework.required(Role.RATE)),
                new Num(funds.budget(), budgetCell),
                new Num(funds.executed(), executedCell),
                funds.rate(),
                new Num(total, sheet.totalScore().source()),
                sum,
                grade == null ? "" : grade,
                cap == null ? "" : cap.name(),
                cap == null ? "" : cap.words(),
                blocked());
    }

    /**
     * True when the total as scored does not show as the 总分 the sheet holds (blank included); a
     * formula's binary noise (99.84615384615385 against 99.846153…) is no difference.
     */
    public boolean totalChanged() {
        return sheet.totalScore().present()
                && total != null
                && ProjectChecks.differs(sheet.totalScore().value(), total);
    }

    /**
     * The 满分 of the total: the framework's 执行率 分值 plus its 一级 weights (100 in the national table).
     */
    public BigDecimal outOf() {
        return framework.totalWeight();
    }

    /** False when nothing could be scored: there is no total to print. */
    public boolean scored() {
        return total != null;
    }
}
