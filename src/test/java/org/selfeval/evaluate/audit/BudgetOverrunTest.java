package org.selfeval.evaluate.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.model.Evaluation;
import org.selfeval.model.Finding;
import org.selfeval.testing.ClerkWorkbooks;
import org.selfeval.testing.ClerkWorkbooks.Filled;

/**
 * Spending over the budget, reported where the rate is computed from and in the framework's words:
 * 项目资金's 年度资金总额 for caiyu-2020 and a framework edited from it (naming the overrun and the source
 * row that ran over, and never 支出决算's 合计, which the rate does not use), 基本信息's 全年预算数 for
 * guangzhou-2023.
 */
class BudgetOverrunTest {

    @TempDir Path dir;

    @Test
    void overrunUnderTheNationalTableIsOnItsFundsRow() throws Exception {
        for (Filled filled :
                List.of(ClerkWorkbooks.caiyu(), ClerkWorkbooks.county(dir), renamedRate())) {
            Evaluation e =
                    filled.edited(
                                    dir.resolve(filled + "-over.xlsx"),
                                    wb -> {
                                        var funds = wb.getSheet("项目资金");
                                        // 上年结转资金 spent 69.62 more than budgeted: 年度资金总额 executes
                                        // 3,522.00 of … 3,530.00 → lower the budget
                                        ClerkWorkbooks.type(
                                                ClerkWorkbooks.row(funds, 0, "年度资金总额"), 2, 3500.00);
                                        ClerkWorkbooks.type(
                                                ClerkWorkbooks.row(funds, 0, "年度资金总额"), 3, 3522.00);
                                        ClerkWorkbooks.type(
                                                ClerkWorkbooks.row(funds, 0, "其中：本年财政拨款"),
                                                2,
                                                3290.00);
                                        ClerkWorkbooks.type(
                                                ClerkWorkbooks.row(funds, 0, "上年结转资金"), 3, 192.22);
                                    })
                            .evaluate();
            List<Finding> rate =
                    e.findings().stream().filter(f -> f.ruleId().equals("R-BUDGET-RATE")).toList();
            assertEquals(1, rate.size(), filled + "\n" + Advice.describe(e.findings()));
            Finding f = rate.get(0);
            assertEquals("项目资金!D3", f.source().sheetCell());
            assertTrue(
                    f.message().contains("3,522.00")
                            && f.message().contains("3,500.00")
                            && f.message().contains("超出 22.00"),
                    f.message());
            assertTrue(
                    f.message().contains("“上年结转资金”全年执行数 192.22 万元超过其全年预算数 130.00 万元"), f.message());
            // the bureau's county-2025 calls its rate 预算资金执行率; the others keep caiyu-2020's word
            String rateName = filled.framework().equals("county-2025") ? "预算资金执行率" : "预算执行率";
            assertTrue(f.message().contains(rateName + " 100.63%"), filled + " " + f.message());
            assertFalse(
                    f.message().contains("3,452.38"),
                    "支出决算's 合计 is not what the rate divides: " + f.message());
            assertFalse(f.message().contains("资金支出率") || f.message().contains("支出合计"), f.message());
        }
    }

    /**
     * A bureau's framework exported from caiyu-2020 whose rate indicator is its own: 预算资金执行率 (the
     * 一级 keeps its name), so a message that says 预算执行率 speaks caiyu-2020's words, not the bureau's.
     */
    @Test
    void aBureausRateIsNamedInItsOwnWords() throws Exception {
        Filled filled = renamedRate();
        assertEquals("预算资金执行率", filled.config().framework().budgetRateName());
        Evaluation e =
                filled.edited(
                                dir.resolve("renamed-over.xlsx"),
                                wb -> {
                                    var total =
                                            ClerkWorkbooks.row(wb.getSheet("项目资金"), 0, "年度资金总额");
                                    ClerkWorkbooks.type(total, 2, 3400.00);
                                    ClerkWorkbooks.type(
                                            ClerkWorkbooks.row(wb.getSheet("项目资金"), 0, "其中：本年财政拨款"),
                                            2,
                                            3190.00);
                                    // the self score still the example's 9.78: rescored to 10
                                })
                        .evaluate();
        List<String> messages =
                e.findings().stream()
                        .filter(f -> List.of("R-BUDGET-RATE", "R-RESCORE").contains(f.ruleId()))
                        .map(Finding::message)
                        .toList();
        assertEquals(2, messages.size(), Advice.describe(e.findings()));
        for (String m : messages) {
            assertTrue(m.contains("预算资金执行率"), m);
            assertFalse(m.replace("预算资金执行率", "").contains("预算执行率"), m);
            assertFalse(m.contains("资金支出率") || m.contains("支出合计"), m);
        }
    }

    private Filled renamedRate() throws IOException {
        return ClerkWorkbooks.bureau(
                java.nio.file.Files.createDirectories(dir.resolve("renamed")),
                "county-2025",
                "青山县部门整体支出绩效评价指标体系（2025）",
                "预算执行率",
                "预算资金执行率",
                2);
    }

    @Test
    void overrunUnderGuangzhouIsOnTheAnnualBudget() throws Exception {
        Filled filled = ClerkWorkbooks.guangzhou();
        int[] at = new int[1];
        Evaluation e =
                filled.edited(
                                dir.resolve("gz-over.xlsx"),
                                wb -> {
                                    Row r = ClerkWorkbooks.row(wb.getSheet("基本信息"), 0, "全年预算数");
                                    at[0] = r.getRowNum() + 1;
                                    ClerkWorkbooks.type(r, 1, 22900.00);
                                })
                        .evaluate();
        List<Finding> rate =
                e.findings().stream().filter(f -> f.ruleId().equals("R-BUDGET-RATE")).toList();
        assertEquals(1, rate.size(), Advice.describe(e.findings()));
        assertEquals("基本信息!B" + at[0], rate.get(0).source().sheetCell());
        assertTrue(rate.get(0).message().contains("部门预算资金支出率 100.08%"), rate.get(0).message());
        assertTrue(
                rate.get(0).message().contains("超出 18.66 万元")
                        && rate.get(0).message().contains("上年结转资金"),
                rate.get(0).message());
    }
}
