package org.selfeval.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.selfeval.evaluate.Evaluator;
import org.selfeval.evaluate.config.EvaluationConfig;
import org.selfeval.evaluate.scoring.ScoringMethods;
import org.selfeval.framework.BuiltInFrameworks;
import org.selfeval.framework.Framework;
import org.selfeval.framework.FrameworkWorkbook;
import org.selfeval.ingest.SubmissionReader;
import org.selfeval.model.Evaluation;
import org.selfeval.model.IndicatorScore;
import org.selfeval.pipeline.ReadResult;

/**
 * Workbooks as clerks fill the templates of three frameworks: guangzhou-2023 (the 花都区 example),
 * caiyu-2020 (the 青山县 example) and {@code county-2024}, a bureau's framework edited in Excel from
 * caiyu-2020 (renamed, its satisfaction group renamed 群众满意度指标) with the 青山县 workbook filled on its
 * template. Each is changed cell by cell with POI, as a clerk types, and read back through the real
 * reader.
 */
public final class ClerkWorkbooks {

    public static final String INDICATORS = "绩效指标";
    public static final int NATURE = 4,
            TARGET = 5,
            UNIT = 6,
            ACTUAL = 7,
            WEIGHT = 8,
            METHOD = 9,
            SCORE = 10,
            NOTE = 11;

    /** One framework's filled workbook and the configuration a bureau would run it with. */
    public record Filled(String framework, Path workbook, EvaluationConfig config) {

        public Evaluation evaluate() {
            return ClerkWorkbooks.evaluate(workbook, config);
        }

        /** A copy of the workbook with {@code change} applied, written to {@code out}. */
        public Filled edited(Path out, Consumer<XSSFWorkbook> change) throws IOException {
            edit(workbook, out, change);
            return new Filled(framework, out, config);
        }

        @Override
        public String toString() {
            return framework;
        }
    }

    private ClerkWorkbooks() {}

    public static Filled guangzhou() {
        return new Filled(
                "guangzhou-2023",
                Path.of("input-templates", "examples", "huadu-amr-2023-corrected.xlsx"),
                EvaluationConfig.GUANGZHOU_2023);
    }

    public static Filled caiyu() {
        return new Filled(
                "caiyu-2020",
                Path.of("input-templates", "examples", "qingshan-agri-2023-corrected.xlsx"),
                EvaluationConfig.GUANGZHOU_2023);
    }

    /**
     * The bureau's county-2024 (caiyu-2020 edited in Excel) and the 青山县 workbook on its template;
     * run with it.
     */
    public static Filled county(Path dir) throws IOException {
        return bureau(dir, "county-2024", "青山县部门整体支出绩效评价指标体系", "服务对象满意度指标", "群众满意度指标", 1);
    }

    /**
     * A bureau's framework: caiyu-2020 exported, renamed {@code name} for 2024 with {@code title},
     * and the indicator {@code from} renamed {@code to} in column {@code column} of its 指标体系 sheet
     * (1 = 二级, 2 = 三级); the 青山县 workbook moved onto it the same way. Written under {@code dir}, run
     * with it.
     */
    public static Filled bureau(
            Path dir, String name, String title, String from, String to, int column)
            throws IOException {
        Path exported = dir.resolve(name + "-exported.xlsx");
        Files.write(
                exported,
                FrameworkWorkbook.export(BuiltInFrameworks.get("caiyu-2020").orElseThrow()));
        Path file = dir.resolve("指标体系.xlsx");
        edit(
                exported,
                file,
                wb -> {
                    Sheet info = wb.getSheet("框架信息");
                    row(info, 0, "名称").getCell(1).setCellValue(name);
                    row(info, 0, "年度").getCell(1).setCellValue("2024");
                    row(info, 0, "标题").getCell(1).setCellValue(title);
                    replaceAll(wb.getSheet("指标体系"), column, from, to);
                });
        Framework framework = FrameworkWorkbook.load(file, ScoringMethods.standard().names());
        Path workbook = dir.resolve(name + "-clerk.xlsx");
        edit(
                caiyu().workbook(),
                workbook,
                wb -> {
                    row(wb.getSheet("基本信息"), 0, "指标体系").getCell(1).setCellValue(name);
                    replaceAll(wb.getSheet(INDICATORS), column, from, to);
                });
        return new Filled(name, workbook, EvaluationConfig.GUANGZHOU_2023.withFramework(framework));
    }

    /** The three frameworks' filled workbooks (county-2024's written under {@code dir}). */
    public static List<Filled> all(Path dir) throws IOException {
        return List.of(guangzhou(), caiyu(), county(dir));
    }

    public static Evaluation evaluate(Path workbook, EvaluationConfig config) {
        ReadResult read = new SubmissionReader().read(workbook);
        if (!read.readable())
            throw new AssertionError("unreadable " + workbook + ": " + read.findings());
        return new Evaluator(config).evaluate(read.submission(), read.findings());
    }

    public static void edit(Path in, Path out, Consumer<XSSFWorkbook> change) throws IOException {
        try (InputStream is = Files.newInputStream(in);
                XSSFWorkbook wb = new XSSFWorkbook(is)) {
            change.accept(wb);
            Files.createDirectories(out.toAbsolutePath().getParent());
            try (OutputStream os = Files.newOutputStream(out)) {
                wb.write(os);
            }
        }
    }

    /** The first row whose cell in {@code column} reads {@code text}. */
    public static Row row(Sheet s, int column, String text) {
        for (Row r : s) {
            if (text.equals(text(r, column))) return r;
        }
        throw new AssertionError(
                "no row with " + text + " in column " + column + " of " + s.getSheetName());
    }

    /** The first 绩效指标 leaf of the 三级 (or, for caiyu-2020's layout, the 二级) group {@code group}. */
    public static Row firstOf(XSSFWorkbook wb, String group) {
        for (Row r : wb.getSheet(INDICATORS)) {
            if (r.getRowNum() < 2 || "小计".equals(text(r, 3))) continue;
            if (group.equals(text(r, 2)) || group.equals(text(r, 1)) && !text(r, 2).isEmpty())
                return r;
        }
        throw new AssertionError("no indicator of " + group);
    }

    /**
     * Sets a cell as a clerk types it: a number stays a number, anything else is text, null clears
     * it.
     */
    public static void type(Row r, int column, Object value) {
        Cell c = r.getCell(column, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
        if (c.getCellType() == CellType.FORMULA) c.removeFormula();
        if (value == null) c.setBlank();
        else if (value instanceof Number n) c.setCellValue(n.doubleValue());
        else c.setCellValue(value.toString());
    }

    public static String text(Row r, int c) {
        Cell cell = r == null ? null : r.getCell(c);
        return cell == null || cell.getCellType() != CellType.STRING
                ? ""
                : cell.getStringCellValue().strip();
    }

    /** The scored leaf read from 绩效指标 row {@code excelRow} (1-based). */
    public static IndicatorScore leafAt(Evaluation e, int excelRow) {
        return e.scores().leaves().stream()
                .filter(l -> l.row().row().cell().equals("A" + excelRow))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no leaf at row " + excelRow));
    }

    private static void replaceAll(Sheet s, int column, String from, String to) {
        for (Row r : s) {
            if (from.equals(text(r, column))) r.getCell(column).setCellValue(to);
        }
    }
}
