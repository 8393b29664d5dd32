package org.selfeval.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.framework.BuiltInFrameworks;
import org.selfeval.framework.Framework;
import org.selfeval.testing.ClerkWorkbooks;

/**
 * Each framework's template in its own words: the instructions and hints explain the framework's
 * own budget rate (部门预算资金支出率 from 支出决算 for guangzhou-2023; 预算执行率 from 项目资金 for caiyu-2020 and a
 * bureau's edit of it), the example department is neutral, and nothing of Guangzhou's framework
 * appears in another's template.
 */
class FrameworkWordsTest {

    private static final List<String> GUANGZHOU_WORDS =
            List.of("花都", "广州", "履职效能", "管理效率", "部门预算资金支出率");

    @TempDir Path dir;

    @Test
    void eachTemplateExplainsItsOwnFramework() throws Exception {
        Framework guangzhou = BuiltInFrameworks.get("guangzhou-2023").orElseThrow();
        String gz = text(guangzhou);
        assertTrue(gz.contains("部门预算资金支出率 = 支出决算合计 ÷ 全年预算数"), gz);
        assertTrue(!gz.contains("花都"), "the example department is neutral");
        for (Framework f :
                List.of(
                        BuiltInFrameworks.get("caiyu-2020").orElseThrow(),
                        ClerkWorkbooks.county(dir).config().framework())) {
            String t = text(f);
            assertTrue(t.contains("预算执行率 = “项目资金”表年度资金总额的全年执行数 ÷ 全年预算数"), f.name() + ": " + t);
            List<String> leaked = GUANGZHOU_WORDS.stream().filter(t::contains).toList();
            assertEquals(List.of(), leaked, f.name() + " template speaks Guangzhou's words");
        }
    }

    /** Every cell text and comment of the template. */
    private static String text(Framework f) throws Exception {
        List<String> parts = new ArrayList<>();
        try (XSSFWorkbook wb = new TemplateWriter(f).build()) {
            for (Sheet s : wb) {
                for (Row r : s) {
                    for (Cell c : r) {
                        if (c.getCellType() == CellType.STRING) parts.add(c.getStringCellValue());
                        Comment comment = c.getCellComment();
                        if (comment != null) parts.add(comment.getString().getString());
                    }
                }
                s.getCellComments().values().forEach(c -> parts.add(c.getString().getString()));
            }
        }
        return String.join("\n", parts);
    }
}
