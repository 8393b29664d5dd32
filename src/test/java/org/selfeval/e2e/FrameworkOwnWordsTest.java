package org.selfeval.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.cli.Main;
import org.selfeval.framework.BuiltInFrameworks;
import org.selfeval.framework.FormulaInput;
import org.selfeval.framework.Framework;
import org.selfeval.framework.Leaf;
import org.selfeval.framework.Level1;
import org.selfeval.framework.Level2;
import org.selfeval.report.Docx;
import org.selfeval.testing.ClerkWorkbooks;
import org.selfeval.testing.ClerkWorkbooks.Filled;
import picocli.CommandLine;

/**
 * Each framework speaks its own words. guangzhou-2023's and caiyu-2020's examples and county-2024
 * (a bureau's framework edited from caiyu-2020) are each run through the real commands with slips
 * planted to set off as many rules as possible: a workbook that only draws warnings (so its report
 * is written), one full of errors, and one naming a framework nobody knows. Every text a user sees
 * is collected — the console of {@code run} and {@code validate}, each 校验报告 and report, 汇总, the
 * reason files, the template — and none may carry a word that belongs only to another of the three
 * frameworks. The words are taken from the frameworks' data: titles, short names, 一级 names, the 二级
 * names of department-own groups (产出指标, 服务对象满意度指标 …), named 三级 indicators, 评分方法 and 管理指标数据 items.
 * Guangzhou's management 二级 headings (预算编制, 绩效管理 …) are left out: they are everyday words the
 * shared workbook uses too (基本信息's 绩效管理情况); their indicators are in.
 */
class FrameworkOwnWordsTest {

    @TempDir Path dir;

    private record Case(Framework framework, String option, Filled filled) {
        @Override
        public String toString() {
            return framework.name();
        }
    }

    @Test
    void noMessageCarriesAnotherFrameworksWords() throws Exception {
        Filled county = ClerkWorkbooks.county(Files.createDirectories(dir.resolve("bureau")));
        List<Case> cases =
                List.of(
                        new Case(
                                builtIn("guangzhou-2023"),
                                "guangzhou-2023",
                                ClerkWorkbooks.guangzhou()),
                        new Case(builtIn("caiyu-2020"), "caiyu-2020", ClerkWorkbooks.caiyu()),
                        new Case(
                                county.config().framework(),
                                dir.resolve("bureau").resolve("指标体系.xlsx").toString(),
                                county));
        List<String> leaks = new ArrayList<>();
        for (Case c : cases) {
            Set<String> foreign = new LinkedHashSet<>();
            for (Case other : cases) {
                if (other != c) foreign.addAll(terms(other.framework()));
            }
            Set<String> own = terms(c.framework());
            foreign.removeIf(t -> own.stream().anyMatch(o -> o.contains(t)));
            assertTrue(foreign.size() > 3, c + ": " + foreign);
            Map<String, String> texts = texts(c);
            Set<String> typed = departmentTexts(dir.resolve(c.toString()).resolve("typed"));
            for (Map.Entry<String, String> text : texts.entrySet()) {
                String masked = mask(mask(text.getValue(), typed), own);
                for (String term : foreign) {
                    int at = masked.indexOf(term);
                    if (at >= 0)
                        leaks.add(
                                c
                                        + " "
                                        + text.getKey()
                                        + ": “"
                                        + term
                                        + "” in …"
                                        + masked.substring(
                                                Math.max(0, at - 40),
                                                Math.min(masked.length(), at + term.length() + 40))
                                        + "…");
                }
            }
        }
        assertEquals(List.of(), leaks, String.join("\n", leaks));
    }

    /**
     * Runs the commands over the planted workbooks and returns every text a user sees, by source.
     */
    private Map<String, String> texts(Case c) throws Exception {
        Path base = Files.createDirectories(dir.resolve(c.toString()));
        Path inbox = base.resolve("inbox");
        Filled filled = c.filled();
        List<Path> planted =
                List.of(
                        filled.edited(inbox.resolve("warnings.xlsx"), wb -> warnings(wb, c))
                                .workbook(),
                        filled.edited(inbox.resolve("errors.xlsx"), wb -> errors(wb, c)).workbook(),
                        filled.edited(inbox.resolve("unknown.xlsx"), wb -> unknown(wb)).workbook());
        Path typed = Files.createDirectories(base.resolve("typed"));
        for (Path p : planted) Files.copy(p, typed.resolve(p.getFileName()));
        Map<String, String> texts = new LinkedHashMap<>();
        List<String> validate = new ArrayList<>(List.of("validate", "--format", "table"));
        validate.addAll(List.of("--framework", c.option()));
        planted.forEach(p -> validate.add(p.toString()));
        texts.put("validate", run(validate.toArray(String[]::new)));
        List<String> csv = new ArrayList<>(validate);
        csv.set(2, "csv");
        String rules = run(csv.toArray(String[]::new));
        texts.put("validate csv", rules);
        Set<String> fired = new TreeSet<>();
        Matcher m = Pattern.compile("[RS]-[A-Z-]+[A-Z]").matcher(rules);
        while (m.find()) fired.add(m.group());
        assertTrue(fired.size() >= 15, c + " sets off too few rules: " + fired);

        Path out = base.resolve("out");
        texts.put(
                "run",
                run(
                        "run",
                        "--once",
                        "--settle",
                        "0",
                        "--inbox",
                        inbox.toString(),
                        "--out",
                        out.toString(),
                        "--archive",
                        base.resolve("archive").toString(),
                        "--failed",
                        base.resolve("failed").toString(),
                        "--framework",
                        c.option()));
        int reports = 0;
        for (Path root : List.of(out, base.resolve("failed"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path p : files.filter(Files::isRegularFile).toList()) {
                    String name = p.getFileName().toString();
                    if (name.endsWith(".docx")) {
                        texts.put(name, new Docx(Files.readAllBytes(p)).allText());
                        if (name.contains("自评报告")) reports++;
                    } else if (name.endsWith(".csv") || name.endsWith(".txt")) {
                        texts.put(name, Files.readString(p, StandardCharsets.UTF_8));
                    } else if (name.startsWith("汇总") && name.endsWith(".xlsx")) {
                        texts.put(name, cells(p));
                    }
                }
            }
        }
        assertTrue(
                reports >= 1, c + ": no report written, so its sentences went unchecked " + texts);
        assertTrue(
                texts.keySet().stream().anyMatch(k -> k.startsWith("汇总")),
                c + " " + texts.keySet());

        Path templates = base.resolve("templates");
        run("templates", "--framework", c.option(), "--out", templates.toString());
        try (Stream<Path> files = Files.list(templates)) {
            for (Path p : files.toList()) texts.put(p.getFileName().toString(), cells(p));
        }
        return texts;
    }

    /**
     * Slips that leave the workbook reportable: a ≤ target on a count, a nature against its target,
     * a method nobody knows, a relative deadline, a blank narrative, unexplained variances and
     * project rates, a low budget rate without its reason.
     */
    private static void warnings(XSSFWorkbook wb, Case c) {
        Row count = ClerkWorkbooks.firstOf(wb, "数量指标");
        ClerkWorkbooks.type(count, ClerkWorkbooks.NATURE, null);
        ClerkWorkbooks.type(count, ClerkWorkbooks.TARGET, "≤4");
        Row sign = next(count);
        ClerkWorkbooks.type(sign, ClerkWorkbooks.NATURE, "≥");
        ClerkWorkbooks.type(sign, ClerkWorkbooks.TARGET, "不超过4");
        Row unknown = next(sign);
        ClerkWorkbooks.type(unknown, ClerkWorkbooks.METHOD, "按实际");
        Row timely = ClerkWorkbooks.firstOf(wb, "时效指标");
        ClerkWorkbooks.type(timely, ClerkWorkbooks.NATURE, "时限");
        ClerkWorkbooks.type(timely, ClerkWorkbooks.METHOD, "时限");
        ClerkWorkbooks.type(timely, ClerkWorkbooks.TARGET, "采购前30日");
        Sheet info = wb.getSheet("基本信息");
        ClerkWorkbooks.type(ClerkWorkbooks.row(info, 0, "存在的主要问题"), 1, null);
        ClerkWorkbooks.type(ClerkWorkbooks.row(info, 0, "重点项目执行说明"), 1, null);
        for (String sheet : List.of("收入决算", "支出决算")) {
            for (Row r : wb.getSheet(sheet)) {
                if (r.getRowNum() >= 2) ClerkWorkbooks.type(r, 5, null);
            }
        }
        for (Row r : wb.getSheet("重点项目")) {
            if (r.getRowNum() >= 2) ClerkWorkbooks.type(r, 6, null);
        }
        Row rate = rateRow(wb);
        ClerkWorkbooks.type(rate, ClerkWorkbooks.NOTE, null);
        lowerSpending(wb, c, rate);
    }

    /** The budget executed at about 80% with the rate's self score following it. */
    private static void lowerSpending(XSSFWorkbook wb, Case c, Row rate) {
        if (c.framework().fundsTable()) {
            Sheet funds = wb.getSheet("项目资金");
            Row total = ClerkWorkbooks.row(funds, 0, "年度资金总额");
            double budget = total.getCell(2).getNumericCellValue();
            ClerkWorkbooks.type(total, 3, budget * 0.8);
            ClerkWorkbooks.type(ClerkWorkbooks.row(funds, 0, "其中：本年财政拨款"), 3, budget * 0.8 - 202.2);
        } else {
            Row budget = ClerkWorkbooks.row(wb.getSheet("基本信息"), 0, "全年预算数");
            budget.getCell(1).setCellValue(budget.getCell(1).getNumericCellValue() * 1.25);
        }
        ClerkWorkbooks.type(
                rate,
                ClerkWorkbooks.SCORE,
                rate.getCell(ClerkWorkbooks.WEIGHT).getNumericCellValue() * 0.8);
    }

    /**
     * Slips that block: sums that do not add up, a score above its 分值, a 分值 off the framework, a
     * budget overrun, wrong rates, amounts that disagree across sheets, a formula indicator scored
     * against its data.
     */
    private static void errors(XSSFWorkbook wb, Case c) {
        Sheet info = wb.getSheet("基本信息");
        Row department = ClerkWorkbooks.row(info, 0, "部门名称");
        department.getCell(1).setCellValue(department.getCell(1).getStringCellValue() + "（二）");
        bump(wb.getSheet("收入决算").getRow(3), 1, 10);
        bump(ClerkWorkbooks.row(wb.getSheet("支出决算"), 0, "合计"), 1, 1);
        bump(wb.getSheet("重点项目").getRow(2), 5, 7);
        bump(ClerkWorkbooks.row(info, 0, "二级项目资金"), 1, 5);
        bump(ClerkWorkbooks.row(info, 0, "整体支出自评金额"), 1, 3);
        Row count = ClerkWorkbooks.firstOf(wb, "数量指标");
        ClerkWorkbooks.type(
                count,
                ClerkWorkbooks.SCORE,
                count.getCell(ClerkWorkbooks.WEIGHT).getNumericCellValue() + 2);
        bump(next(count), ClerkWorkbooks.WEIGHT, 1);
        Row rate = rateRow(wb);
        bump(rate, ClerkWorkbooks.WEIGHT, 1);
        if (c.framework().fundsTable()) {
            Sheet funds = wb.getSheet("项目资金");
            Row total = ClerkWorkbooks.row(funds, 0, "年度资金总额");
            ClerkWorkbooks.type(total, 2, total.getCell(3).getNumericCellValue() - 30);
            bump(ClerkWorkbooks.row(funds, 0, "上年结转资金"), 3, 40);
        } else {
            Row budget = ClerkWorkbooks.row(info, 0, "全年预算数");
            budget.getCell(1).setCellValue(budget.getCell(1).getNumericCellValue() - 100);
        }
        for (Row r : wb.getSheet("管理指标数据")) {
            Cell value = r.getCell(1);
            if (r.getRowNum() >= 2 && value != null && value.getCellType() == CellType.NUMERIC)
                bump(r, 1, 50);
        }
    }

    /** The clean workbook naming a framework nobody has. */
    private static void unknown(XSSFWorkbook wb) {
        Sheet info = wb.getSheet("基本信息");
        Row department = ClerkWorkbooks.row(info, 0, "部门名称");
        department.getCell(1).setCellValue(department.getCell(1).getStringCellValue() + "（三）");
        ClerkWorkbooks.row(info, 0, "指标体系").getCell(1).setCellValue("county-2031");
    }

    private static Row rateRow(XSSFWorkbook wb) {
        for (Row r : wb.getSheet(ClerkWorkbooks.INDICATORS)) {
            if ("支出率".equals(ClerkWorkbooks.text(r, ClerkWorkbooks.METHOD))) return r;
        }
        throw new AssertionError("no 支出率 row");
    }

    private static Row next(Row r) {
        return r.getSheet().getRow(r.getRowNum() + 1);
    }

    private static void bump(Row r, int column, double by) {
        Cell cell = r.getCell(column);
        ClerkWorkbooks.type(r, column, cell.getNumericCellValue() + by);
    }

    /**
     * The framework's own words: title, short name, 一级 names, department-own 二级 names and their
     * categories, named 三级 indicators, 评分方法 and 管理指标数据 items.
     */
    static Set<String> terms(Framework f) {
        Set<String> t = new LinkedHashSet<>(List.of(f.title(), f.name()));
        for (Level1 l1 : f.tree()) {
            t.add(l1.name());
            for (Level2 l2 : l1.children()) {
                if (l2.departmentOwn()) t.add(l2.name());
                t.addAll(l2.categories());
                for (Leaf leaf : l2.leaves()) {
                    t.add(leaf.name());
                    t.add(leaf.method());
                }
            }
        }
        for (FormulaInput i : f.inputs()) {
            t.add(i.method());
            t.add(i.item());
        }
        t.removeIf(String::isBlank);
        return t;
    }

    /** The text with the framework's own words blanked, longest first ("预算执行率" hides "预算执行"). */
    private static String mask(String text, Set<String> own) {
        String masked = text;
        for (String term :
                own.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList()) {
            masked = masked.replace(term, "□".repeat(term.length()));
        }
        return masked;
    }

    /**
     * What the department typed (its explanations, duties, project notes): the report quotes them,
     * and they are not the tool's words. The guide and list sheets are the template's, so not
     * taken.
     */
    private static Set<String> departmentTexts(Path typed) throws IOException {
        Set<String> texts = new LinkedHashSet<>();
        try (Stream<Path> files = Files.list(typed)) {
            for (Path p : files.toList()) {
                try (InputStream in = Files.newInputStream(p);
                        Workbook wb = WorkbookFactory.create(in)) {
                    for (Sheet s : wb) {
                        if (List.of("填报说明", "下拉列表").contains(s.getSheetName())) continue;
                        for (Row r : s) {
                            for (Cell cell : r) {
                                if (cell.getCellType() != CellType.STRING) continue;
                                for (String line : cell.getStringCellValue().split("\\R")) {
                                    if (line.strip().length() > 12) texts.add(line.strip());
                                }
                            }
                        }
                    }
                }
            }
        }
        return texts;
    }

    private static Framework builtIn(String name) {
        return BuiltInFrameworks.get(name).orElseThrow();
    }

    private static String cells(Path workbook) throws IOException {
        StringBuilder text = new StringBuilder();
        DataFormatter format = new DataFormatter();
        try (InputStream in = Files.newInputStream(workbook);
                Workbook wb = WorkbookFactory.create(in)) {
            for (Sheet s : wb) {
                text.append(s.getSheetName()).append('\n');
                for (Row r : s) {
                    for (Cell cell : r) text.append(format.formatCellValue(cell)).append('\t');
                    text.append('\n');
                }
                for (DataValidation v : s.getDataValidations()) {
                    String[] list = v.getValidationConstraint().getExplicitListValues();
                    if (list != null) text.append(String.join("、", list)).append('\n');
                    if (v.getErrorBoxText() != null) text.append(v.getErrorBoxText()).append('\n');
                    if (v.getPromptBoxText() != null)
                        text.append(v.getPromptBoxText()).append('\n');
                }
            }
        }
        return text.toString();
    }

    private static String run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(out, true));
        cl.execute(args);
        return out.toString();
    }
}
