package org.selfeval.template;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.selfeval.model.WorkbookContract;
import org.selfeval.publish.AtomicFiles;

/**
 * Fills the official template with the reference department's 2023 data (广州市花都区市场监督管理局), the way
 * its staff would have typed it, and writes the example files under input-templates/examples/.
 */
final class ReferenceExample {

    enum Version {
        AS_PUBLISHED,
        CORRECTED
    }

    static final Path EXAMPLES = Path.of("input-templates", "examples");
    static final String AS_PUBLISHED_FILE = "huadu-amr-2023-as-published.xlsx";
    static final String CORRECTED_FILE = "huadu-amr-2023-corrected.xlsx";
    static final String SPLIT_DIR = "huadu-amr-2023-split";
    static final String MANAGEMENT_CSV = "管理指标数据.csv";

    /** Excel on a Chinese Windows saves "CSV (逗号分隔)" in the ANSI code page, GBK. */
    static final Charset GBK = Charset.forName("GBK");

    /** Split workbooks: file name → the sheets it keeps. */
    static final Map<String, Set<String>> SPLIT = splitLayout();

    private ReferenceExample() {}

    /** The filled workbook (caller closes it). */
    static XSSFWorkbook workbook(Version version) {
        XSSFWorkbook wb = new TemplateWriter().build(ReferenceIndicators.lines(version));
        fillInfo(wb.getSheet(WorkbookContract.SHEET_INFO), version);
        fillComparisons(wb);
        fillProjects(wb.getSheet(WorkbookContract.SHEET_PROJECTS), version);
        management()
                .forEach((k, v) -> setByKey(wb.getSheet(WorkbookContract.SHEET_MANAGEMENT), k, v));
        return wb;
    }

    /** One workbook of the split submission: the corrected workbook reduced to the given sheets. */
    static XSSFWorkbook splitWorkbook(Set<String> keep) {
        XSSFWorkbook wb = workbook(Version.CORRECTED);
        for (int i = wb.getNumberOfSheets() - 1; i >= 0; i--) {
            String name = wb.getSheetName(i);
            boolean listsNeeded =
                    name.equals(TemplateLayout.LIST_SHEET)
                            && keep.contains(WorkbookContract.SHEET_INDICATORS);
            if (!keep.contains(name) && !listsNeeded) wb.removeSheetAt(i);
        }
        // workbook-wide dropdown names point at the hidden list sheet: drop them when it went
        for (Name name : List.copyOf(wb.getAllNames())) {
            if (name.getSheetIndex() < 0 && wb.getSheet(TemplateLayout.LIST_SHEET) == null)
                wb.removeName(name);
        }
        wb.setActiveSheet(0);
        wb.setSelectedTab(0);
        return wb;
    }

    /**
     * 管理指标数据.csv as Excel writes it: GBK, CRLF, numbers as displayed (#,##0.00 amounts quoted for
     * their commas).
     */
    static byte[] managementCsv() {
        DecimalFormat amount =
                new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        StringBuilder csv = new StringBuilder("项目,数值\r\n");
        management()
                .forEach(
                        (k, v) -> {
                            String shown = k.endsWith("合同数") ? v.toPlainString() : amount.format(v);
                            csv.append(k)
                                    .append(',')
                                    .append(shown.contains(",") ? "\"" + shown + "\"" : shown)
                                    .append("\r\n");
                        });
        return csv.toString().getBytes(GBK);
    }

    /** Writes every example file (used to regenerate the committed copies). */
    static void writeAll(Path dir) throws IOException {
        for (Version v : Version.values()) {
            try (XSSFWorkbook wb = workbook(v)) {
                AtomicFiles.write(dir.resolve(fileName(v)), TemplateWriter.bytes(wb));
            }
        }
        Path split = dir.resolve(SPLIT_DIR);
        for (Map.Entry<String, Set<String>> e : SPLIT.entrySet()) {
            try (XSSFWorkbook wb = splitWorkbook(e.getValue())) {
                AtomicFiles.write(split.resolve(e.getKey()), TemplateWriter.bytes(wb));
            }
        }
        AtomicFiles.write(split.resolve(MANAGEMENT_CSV), managementCsv());
    }

    static String fileName(Version v) {
        return v == Version.AS_PUBLISHED ? AS_PUBLISHED_FILE : CORRECTED_FILE;
    }

    private static Map<String, Set<String>> splitLayout() {
        Map<String, Set<String>> m = new LinkedHashMap<>();
        m.put(
                "预算表.xlsx",
                Set.of(
                        WorkbookContract.SHEET_INFO,
                        WorkbookContract.SHEET_INCOME,
                        WorkbookContract.SHEET_EXPENDITURE));
        m.put("绩效指标.xlsx", Set.of(WorkbookContract.SHEET_INDICATORS));
        m.put("重点项目.xlsx", Set.of(WorkbookContract.SHEET_PROJECTS));
        return m;
    }

    private static void fillInfo(XSSFSheet s, Version version) {
        boolean corrected = version == Version.CORRECTED;
        setByKey(s, "部门名称", "广州市花都区市场监督管理局");
        setByKey(s, "评价年度", new BigDecimal("2023"));
        setByKey(s, "金额单位", "万元");
        setByKey(s, "主要职责", String.join("\n", ReferenceTexts.DUTIES));
        setByKey(s, "内设机构", ReferenceTexts.INTERNAL_UNITS);
        setByKey(s, "派出机构", ReferenceTexts.BRANCHES);
        setByKey(s, "下属单位", ReferenceTexts.SUBORDINATES);
        setByKey(s, "年度总体工作", ReferenceTexts.ANNUAL_WORK);
        setByKey(s, "重点工作任务", ReferenceTexts.KEY_TASKS);
        setByKey(s, "二级项目个数", new BigDecimal("27"));
        // Printed 4,490.04 while the text calls it 100% of 项目支出 (4,490.28).
        setByKey(s, "二级项目资金", new BigDecimal(corrected ? "4490.28" : "4490.04"));
        // Printed 22,928.75; 支出合计 is 22,918.66.
        setByKey(s, "整体支出自评金额", new BigDecimal(corrected ? "22918.66" : "22928.75"));
        setByKey(s, "全年预算数", new BigDecimal("22975.66"));
        setByKey(s, "绩效管理情况", ReferenceTexts.PERFORMANCE_MANAGEMENT);
        setByKey(s, "整体绩效完成情况", ReferenceTexts.OVERALL_PERFORMANCE);
        setByKey(s, "重点项目执行说明", "重点项目预算执行率较低，主要是因为区财政资金需统筹安排，无法按计划完成资金支付。");
        setByKey(s, "主要工作成效", String.join("\n", ReferenceTexts.ACHIEVEMENTS));
        setByKey(s, "存在的主要问题", ReferenceTexts.PROBLEMS);
        setByKey(s, "下一步改进措施", ReferenceTexts.NEXT_STEPS);
    }

    private static void fillComparisons(XSSFWorkbook wb) {
        XSSFSheet income = wb.getSheet(WorkbookContract.SHEET_INCOME);
        row(income, WorkbookContract.TOTAL, "22918.41", "21314.56", "1603.85", "7.52", null);
        row(
                income,
                "财政拨款收入",
                "22918.41",
                "21245.39",
                "1673.02",
                "7.87",
                "主要原因：一是年中因工作需要追加专项资金较上年增加2336万元，二是追加死亡抚恤金较上年增加156万元。");
        row(
                income,
                "其他收入",
                "0",
                "69.16",
                "-69.16",
                "-100",
                "主要原因：区同级部门或上级部门划转资金均通过“数字政府”公共财政综合管理平台转移支付进行核算，不再直接划拨到基本账户。");
        XSSFSheet spending = wb.getSheet(WorkbookContract.SHEET_EXPENDITURE);
        row(spending, WorkbookContract.TOTAL, "22918.66", "21320.69", "1597.97", "7.49", null);
        row(
                spending,
                "基本支出",
                "18428.38",
                "18796.45",
                "-368.07",
                "-1.96",
                "主要原因：一是，上年度工会经费及福利费合计232.4万元，作为单列预算项目公用经费下达资金，而本年度则取消了"
                        + "单列公用经费下达资金；二是上年度有补缴在职人员2017年7月至2018年12月职业年金单位缴纳部分573.46万元。");
        row(
                spending,
                "项目支出",
                "4490.28",
                "2524.24",
                "1966.04",
                "77.89",
                "主要原因：年中因工作需要追加专项资金外卖行业2023年春节期间稳岗留工补贴经费2801.73万元"
                        + "（其中市级资金1120.692万元，区级资金1681.038万元）。");
    }

    /** Types the printed figures over the template's formulas, as the department did. */
    private static void row(
            XSSFSheet s,
            String label,
            String current,
            String previous,
            String difference,
            String rate,
            String explanation) {
        int r = rowOf(s, label);
        number(s, r, ComparisonSheet.CURRENT, current);
        number(s, r, ComparisonSheet.PREVIOUS, previous);
        number(s, r, ComparisonSheet.DIFFERENCE, difference);
        number(s, r, ComparisonSheet.RATE, rate);
        if (explanation != null)
            SheetScaffold.cell(s, r, ComparisonSheet.EXPLANATION).setCellValue(explanation);
    }

    private static void fillProjects(XSSFSheet s, Version version) {
        project(s, 0, "检测专项经费", "117.00", "117.00", "70.02", "59.85");
        project(s, 1, "电梯监督检验抽查经费", "160.00", "160.00", "4.86", "3.04");
        project(
                s,
                2,
                "2022年农贸市场升级改造补助资金",
                "300.00",
                "0.00",
                "0.00",
                version == Version.CORRECTED ? null : "0");
        if (version == Version.CORRECTED) {
            // 0 ÷ 0 cannot be computed: "—" rather than the printed 0%.
            typed(s, TemplateLayout.FIRST_DATA_ROW + 2, ProjectSheet.RATE).setCellValue("—");
        }
    }

    private static void project(
            XSSFSheet s,
            int index,
            String name,
            String initial,
            String adjusted,
            String spent,
            String rate) {
        int r = TemplateLayout.FIRST_DATA_ROW + index;
        number(s, r, ProjectSheet.NUMBER, String.valueOf(index + 1));
        SheetScaffold.cell(s, r, ProjectSheet.NAME).setCellValue(name);
        number(s, r, ProjectSheet.INITIAL, initial);
        number(s, r, ProjectSheet.ADJUSTED, adjusted);
        number(s, r, ProjectSheet.SPENT, spent);
        if (rate != null) number(s, r, ProjectSheet.RATE, rate);
    }

    static Map<String, BigDecimal> management() {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        m.put("公用经费实际支出", new BigDecimal("1139.68"));
        m.put("公用经费预算", new BigDecimal("1149.77"));
        m.put("三公经费实际支出", new BigDecimal("145.46"));
        m.put("三公经费预算", new BigDecimal("155.55"));
        m.put("在用固定资产总额", new BigDecimal("1952.31"));
        m.put("固定资产总额", new BigDecimal("1952.31"));
        m.put("结转结余金额", new BigDecimal("0"));
        m.put("备案合同数", new BigDecimal("69"));
        m.put("超期备案合同数", new BigDecimal("4"));
        return m;
    }

    static void setByKey(XSSFSheet s, String key, Object value) {
        Cell c = SheetScaffold.cell(s, rowOf(s, key), 1);
        if (value instanceof BigDecimal n) c.setCellValue(n.doubleValue());
        else c.setCellValue(value.toString());
    }

    static void number(XSSFSheet s, int row, int column, String value) {
        typed(s, row, column).setCellValue(new BigDecimal(value).doubleValue());
    }

    /**
     * The cell, its template formula removed (setting a value on a formula cell would only change
     * its cache).
     */
    static Cell typed(XSSFSheet s, int row, int column) {
        Cell c = SheetScaffold.cell(s, row, column);
        if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA) c.removeFormula();
        return c;
    }

    /** The data row whose first cell reads {@code label}. */
    static int rowOf(XSSFSheet s, String label) {
        for (Row row : s) {
            Cell c = row.getCell(0);
            if (row.getRowNum() >= TemplateLayout.FIRST_DATA_ROW
                    && c != null
                    && c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                    && label.equals(c.getStringCellValue())) {
                return row.getRowNum();
            }
        }
        throw new IllegalArgumentException("no row " + label + " in " + s.getSheetName());
    }
}
