package org.selfeval.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.selfeval.framework.BuiltInFrameworks;
import org.selfeval.framework.Framework;
import org.selfeval.framework.Level1;
import org.selfeval.framework.Level2;
import org.selfeval.model.WorkbookContract;
import org.selfeval.report.docx.ZipTimes;

/**
 * Writes distinct, realistic submissions for the benchmark: the filled reference workbook (the
 * corrected 花都区 example, kept as a resource) with a new department, new figures, 3–20 key projects
 * and 5–36 of the department's own 产出/效益 indicators (29–60 leaf indicators with the framework's
 * 24). The seed and the index fix every byte. Some submissions carry findings (警告), a few are
 * blocked (a mistyped 差异, 错误).
 */
public final class SubmissionGenerator {

    /** What a generated submission is meant to produce. */
    public enum Kind {
        CLEAN,
        WITH_WARNINGS,
        BLOCKED
    }

    private static final String BASE = "base.xlsx";
    private static final String BASE_DEPARTMENT = "广州市花都区市场监督管理局";
    private static final int FIRST_DATA_ROW = 2;

    /** Rows of the base 绩效指标 from 部门预算资金支出率 to 合计 (0-based, inclusive). */
    private static final int FRAMEWORK_FIRST = 14;

    private static final int FRAMEWORK_LAST = 47;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * The framework the submissions fill; the base workbook carries its named rows with realistic
     * scores.
     */
    private static final Framework FRAMEWORK = BuiltInFrameworks.defaultFramework();

    /**
     * The 一级 holding the department's own indicator groups, and those groups (产出指标, 效益指标 in
     * guangzhou-2023).
     */
    private static final Level1 OWN_LEVEL1 =
            FRAMEWORK.tree().stream()
                    .filter(l1 -> l1.children().stream().anyMatch(l2 -> l2.ownRows() > 0))
                    .findFirst()
                    .orElseThrow();

    private static final List<Level2> OWN_GROUPS =
            OWN_LEVEL1.children().stream().filter(l2 -> l2.ownRows() > 0).toList();

    private static final String[] CITIES = {
        "广州市", "深圳市", "珠海市", "汕头市", "佛山市", "韶关市", "河源市", "梅州市", "惠州市", "汕尾市", "东莞市", "中山市", "江门市",
        "阳江市", "湛江市", "茂名市", "肇庆市", "清远市", "潮州市", "揭阳市", "云浮市"
    };
    private static final String[] DISTRICTS = {
        "城区", "东城区", "西城区", "南山区", "北湖区", "新城区", "高新区", "江北区", "河东区", "湖滨区", "临港区", "云岭区"
    };
    private static final String[] BUREAUS = {
        "市场监督管理局",
        "财政局",
        "教育局",
        "卫生健康局",
        "民政局",
        "司法局",
        "交通运输局",
        "水务局",
        "农业农村局",
        "商务局",
        "文化广电旅游体育局",
        "统计局",
        "审计局",
        "应急管理局",
        "城市管理和综合执法局",
        "住房和城乡建设局",
        "人力资源和社会保障局",
        "生态环境分局",
        "规划和自然资源分局",
        "退役军人事务局",
        "医疗保障局",
        "科技工业商务和信息化局",
        "政务服务数据管理局",
        "发展和改革局",
        "档案馆",
        "图书馆",
        "文化馆",
        "博物馆",
        "人民医院",
        "妇幼保健院",
        "疾病预防控制中心",
        "公共资源交易中心",
        "机关事务管理局",
        "信访局",
        "林业和园林局",
        "供销合作联社",
        "工商业联合会",
        "科学技术协会",
        "残疾人联合会",
        "总工会"
    };

    /**
     * The department's own indicators: own group (0: outputs, 1: benefits) · 三级 · name · nature ·
     * unit · typical target.
     */
    private static final String[][] OWN = {
        {"0", "数量指标", "开展专项检查次数", "≥", "次", "120"},
        {"0", "数量指标", "培训人次", "≥", "人次", "800"},
        {"0", "数量指标", "抽检批次", "≥", "批次", "400"},
        {"0", "数量指标", "受理投诉举报件数", "≥", "件", "1500"},
        {"0", "数量指标", "完成改造项目个数", "=", "个", "12"},
        {"0", "质量指标", "检测结果准确率", "≥", "%", "98"},
        {"0", "质量指标", "项目验收合格率", "=", "%", "100"},
        {"0", "质量指标", "案件办结率", "≥", "%", "95"},
        {"0", "时效指标", "年度任务完成时限", "时限", "", "于2023年12月31日前"},
        {"0", "时效指标", "资金拨付及时率", "≥", "%", "95"},
        {"0", "成本指标", "单位检测成本", "≤", "万元/批次", "0.35"},
        {"1", "社会效益指标", "群众知晓率", "≥", "%", "85"},
        {"1", "社会效益指标", "服务覆盖率", "≥", "%", "90"},
        {"1", "经济效益指标", "带动社会投资", "≥", "万元", "500"},
        {"1", "生态效益指标", "环境整治成效", "定性", "", "环境明显改善"},
        {"1", "可持续影响指标", "长效管理机制建立", "定性", "", "建立长效机制"},
        {"1", "满意度指标", "服务对象满意度", "≥", "%", "90"},
    };

    private static final String[] PROJECT_NAMES = {
        "专项检测经费",
        "信息化系统运维经费",
        "执法装备购置经费",
        "宣传培训经费",
        "安全生产专项经费",
        "应急物资储备经费",
        "公共服务购买经费",
        "基础设施维修改造经费",
        "专项审计经费",
        "档案数字化经费",
        "网格化管理经费",
        "重点工作督查经费",
        "课题研究经费",
        "志愿服务补助资金",
        "设备更新补助资金"
    };
    private static final String[] NOTES = {
        "主要原因：一是年中因工作需要追加专项资金，二是人员经费正常增长。",
        "主要原因：根据区财政统一部署压减一般性支出，相关项目资金相应减少。",
        "主要原因：本年度新增专项任务，追加安排经费；同时上年度一次性支出项目本年不再发生。"
    };

    /** The stamp of every generated workbook's zip entries. */
    private static final java.time.Instant GENERATED_AT =
            java.time.Instant.parse("2024-03-01T00:00:00Z");

    private final byte[] base;
    private final long seed;

    public SubmissionGenerator(long seed) {
        this.seed = seed;
        try (InputStream in = SubmissionGenerator.class.getResourceAsStream(BASE)) {
            if (in == null)
                throw new IllegalStateException("bench resource " + BASE + " is missing");
            this.base = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What submission {@code index} is: about one in six carries warnings, one in twenty-five is
     * blocked.
     */
    public Kind kind(int index) {
        Random r = random(index);
        int draw = r.nextInt(150);
        return draw < 6 ? Kind.BLOCKED : draw < 31 ? Kind.WITH_WARNINGS : Kind.CLEAN;
    }

    /** A distinct department name for every index (10,080 combinations, then the year changes). */
    public static String department(int index) {
        int combos = CITIES.length * DISTRICTS.length * BUREAUS.length;
        int i = index % combos;
        return CITIES[i % CITIES.length]
                + DISTRICTS[(i / CITIES.length) % DISTRICTS.length]
                + BUREAUS[i / (CITIES.length * DISTRICTS.length)];
    }

    static int year(int index) {
        int combos = CITIES.length * DISTRICTS.length * BUREAUS.length;
        return 2023 - index / combos;
    }

    /** The .xlsx bytes of submission {@code index}. */
    public byte[] xlsx(int index) {
        Random r = random(index);
        Kind kind = kind(index);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(base))) {
            Figures f = Figures.draw(r);
            fillInfo(wb.getSheet(WorkbookContract.SHEET_INFO), index, f, r);
            comparison(wb.getSheet(WorkbookContract.SHEET_INCOME), f.income(), r, kind, false);
            comparison(
                    wb.getSheet(WorkbookContract.SHEET_EXPENDITURE),
                    f.expenditure(),
                    r,
                    kind,
                    kind == Kind.BLOCKED);
            indicators(wb.getSheet(WorkbookContract.SHEET_INDICATORS), f, r, kind);
            projects(wb.getSheet(WorkbookContract.SHEET_PROJECTS), f, r, kind);
            XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
            // the generated files stand for files saved by Excel (computed caches), so the reader
            // treats them as such
            wb.getProperties()
                    .getExtendedProperties()
                    .getUnderlyingProperties()
                    .setApplication("Microsoft Excel");
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            wb.write(out);
            // POI stamps entries with the time of writing: a fixed stamp makes the seed and the
            // index fix every byte
            return ZipTimes.fix(out.toByteArray(), GENERATED_AT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Random random(int index) {
        return new Random(seed * 1_000_003L + index);
    }

    private static void fillInfo(XSSFSheet s, int index, Figures f, Random r) {
        String department = department(index);
        String district = department.substring(3, department.indexOf('区') + 1);
        for (Row row : s) {
            Cell key = row.getCell(0);
            Cell value = row.getCell(1);
            if (row.getRowNum() < FIRST_DATA_ROW || key == null || value == null) continue;
            String k = key.getStringCellValue();
            switch (k) {
                case "部门名称" -> value.setCellValue(department);
                case "评价年度" -> value.setCellValue(year(index));
                case "二级项目个数" -> value.setCellValue(5 + r.nextInt(40));
                case "二级项目资金" -> value.setCellValue(f.project().doubleValue());
                case "整体支出自评金额" -> value.setCellValue(f.spent().doubleValue());
                case "全年预算数" -> value.setCellValue(f.budget().doubleValue());
                case "重点项目执行说明" -> value.setBlank();
                case "主要工作成效", "主要职责" ->
                        value.setCellValue(
                                varied(value.getStringCellValue(), department, district, r));
                default -> {
                    if (value.getCellType() == CellType.STRING) {
                        value.setCellValue(
                                renamed(value.getStringCellValue(), department, district));
                    }
                }
            }
        }
    }

    /**
     * A multi-line text with its lines dropped or repeated at random, so narrative lengths differ.
     */
    private static String varied(String text, String department, String district, Random r) {
        String[] lines = renamed(text, department, district).split("\n");
        List<String> kept = new ArrayList<>();
        for (String line : lines) {
            int d = r.nextInt(10);
            if (d == 0 && kept.size() > 0) continue;
            kept.add(line);
            if (d == 9) kept.add(line);
        }
        return String.join("\n", kept);
    }

    private static String renamed(String text, String department, String district) {
        return text.replace(BASE_DEPARTMENT, department)
                .replace("花都区", district)
                .replace("花都", district);
    }

    /**
     * Writes 合计 and the detail rows typed, as staff do; a blocked submission gets one 差异 off by 10.
     */
    private static void comparison(
            XSSFSheet s, List<Line> lines, Random r, Kind kind, boolean mistype) {
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            Row row = s.getRow(FIRST_DATA_ROW + i);
            if (row == null) row = s.createRow(FIRST_DATA_ROW + i);
            cell(row, 0).setCellValue(l.item());
            number(row, 1, l.current());
            number(row, 2, l.previous());
            BigDecimal diff = l.current().subtract(l.previous());
            if (mistype && i == 1) diff = diff.add(BigDecimal.TEN);
            number(row, 3, diff);
            if (l.previous().signum() == 0) {
                text(row, 4, "—");
            } else {
                number(
                        row,
                        4,
                        l.current()
                                .subtract(l.previous())
                                .multiply(HUNDRED)
                                .divide(l.previous(), 2, RoundingMode.HALF_UP));
            }
            boolean noteNeeded = i > 0 && l.previous().signum() != 0;
            boolean skipNote = kind == Kind.WITH_WARNINGS && i == 1;
            if (noteNeeded && !skipNote) text(row, 5, NOTES[r.nextInt(NOTES.length)]);
            else blank(row, 5);
        }
    }

    private static void indicators(XSSFSheet s, Figures f, Random r, Kind kind) {
        // keep the framework rows (部门预算资金支出率 … 合计) as values, then rewrite the sheet body
        List<Object[]> framework = new ArrayList<>();
        for (int i = FRAMEWORK_FIRST; i <= FRAMEWORK_LAST; i++) framework.add(values(s.getRow(i)));
        CellStyle[] styles = styles(s.getRow(FIRST_DATA_ROW));
        for (int i = s.getLastRowNum(); i >= FIRST_DATA_ROW; i--) {
            Row row = s.getRow(i);
            if (row != null) s.removeRow(row);
        }
        int own = 5 + r.nextInt(32);
        int outputs = Math.max(3, Math.min(own - 2, own / 2 + r.nextInt(3) - 1));
        List<Object[]> rows = new ArrayList<>();
        Level2 outputGroup = OWN_GROUPS.get(0), benefitGroup = OWN_GROUPS.get(1);
        BigDecimal outputScore = own(rows, 0, outputGroup, outputs, r, kind == Kind.WITH_WARNINGS);
        rows.add(
                subtotal(OWN_LEVEL1.name(), outputGroup.name(), outputGroup.weight(), outputScore));
        BigDecimal benefitScore = own(rows, 1, benefitGroup, own - outputs, r, false);
        rows.add(
                subtotal(
                        OWN_LEVEL1.name(),
                        benefitGroup.name(),
                        benefitGroup.weight(),
                        benefitScore));
        Object[] rate = framework.get(0);
        BigDecimal rateScore =
                f.rate()
                        .multiply(BigDecimal.TEN)
                        .divide(HUNDRED)
                        .min(BigDecimal.TEN)
                        .setScale(2, RoundingMode.HALF_UP);
        rate[7] = f.rate().setScale(2, RoundingMode.HALF_UP);
        rate[10] = rateScore;
        rate[11] =
                "全年预算数" + f.budget().toPlainString() + "万元，执行数" + f.spent().toPlainString() + "万元。";
        rows.add(rate);
        BigDecimal performance = outputScore.add(benefitScore).add(rateScore);
        rows.add(subtotal(OWN_LEVEL1.name(), null, OWN_LEVEL1.weight(), performance));
        BigDecimal others = BigDecimal.ZERO;
        for (int i = 2; i < framework.size() - 1; i++) {
            Object[] row = framework.get(i);
            rows.add(row);
            // the other 一级 groups keep the base's scores: their 一级 小计 rows add to the total
            if (WorkbookContract.SUBTOTAL.equals(row[3])
                    && row[1] == null
                    && row[10] instanceof BigDecimal score) {
                others = others.add(score);
            }
        }
        rows.add(
                new Object[] {
                    WorkbookContract.TOTAL,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    FRAMEWORK.totalWeight(),
                    null,
                    performance.add(others),
                    null
                });
        for (int i = 0; i < rows.size(); i++) {
            Row row = s.createRow(FIRST_DATA_ROW + i);
            Object[] v = rows.get(i);
            for (int c = 0; c < v.length; c++) {
                Cell cell = row.createCell(c);
                if (c < styles.length && styles[c] != null) cell.setCellStyle(styles[c]);
                if (v[c] instanceof BigDecimal n) cell.setCellValue(n.doubleValue());
                else if (v[c] instanceof String t) cell.setCellValue(t);
            }
        }
    }

    /**
     * {@code count} leaves of one 二级 group sharing its 分值 in half points; returns the sum of their
     * scores.
     */
    private static BigDecimal own(
            List<Object[]> rows,
            int groupIndex,
            Level2 group,
            int count,
            Random r,
            boolean overScored) {
        List<String[]> pool = new ArrayList<>();
        for (String[] o : OWN) if (o[0].equals(String.valueOf(groupIndex))) pool.add(o);
        int[] halves =
                split(group.weight().multiply(BigDecimal.valueOf(2)).intValueExact(), count, r);
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < count; i++) {
            String[] o = pool.get(r.nextInt(pool.size()));
            BigDecimal weight =
                    BigDecimal.valueOf(halves[i]).divide(BigDecimal.valueOf(2)).setScale(2);
            String nature = o[3];
            Object target;
            Object actual;
            String note;
            boolean missed = overScored && i == 0 && nature.equals("≥");
            switch (nature) {
                case "≥" -> {
                    BigDecimal t = new BigDecimal(o[5]);
                    BigDecimal a =
                            missed
                                    ? t.multiply(new BigDecimal("0.8"))
                                            .setScale(0, RoundingMode.DOWN)
                                    : t.add(BigDecimal.valueOf(r.nextInt(20)))
                                            .min(o[4].equals("%") ? HUNDRED : t.add(HUNDRED));
                    target = t;
                    actual = a;
                    note =
                            o[2]
                                    + "为"
                                    + a.toPlainString()
                                    + o[4]
                                    + "，"
                                    + (missed ? "未达到目标。" : "已按计划完成。");
                }
                case "≤", "=" -> {
                    target = new BigDecimal(o[5]);
                    actual = new BigDecimal(o[5]);
                    note = o[2] + "为" + o[5] + o[4] + "，已按计划完成。";
                }
                default -> {
                    target = o[5];
                    actual = nature.equals("时限") ? o[5] : "已" + o[5];
                    note = "已按计划完成，" + o[5] + "。";
                }
            }
            // an over-scored leaf keeps full marks although it missed: the rescore rule warns
            BigDecimal score = weight;
            sum = sum.add(score);
            rows.add(
                    new Object[] {
                        OWN_LEVEL1.name(),
                        group.name(),
                        o[1],
                        o[2] + "（" + (i + 1) + "）",
                        nature,
                        target,
                        o[4],
                        actual,
                        weight,
                        null,
                        score,
                        note
                    });
        }
        return sum;
    }

    private static Object[] subtotal(
            String level1, String level2, BigDecimal weight, BigDecimal score) {
        return new Object[] {
            level1,
            level2,
            null,
            WorkbookContract.SUBTOTAL,
            null,
            null,
            null,
            null,
            weight,
            null,
            score,
            null
        };
    }

    private static void projects(XSSFSheet s, Figures f, Random r, Kind kind) {
        CellStyle[] styles = styles(s.getRow(FIRST_DATA_ROW));
        for (int i = s.getLastRowNum(); i >= FIRST_DATA_ROW; i--) {
            Row row = s.getRow(i);
            if (row != null) s.removeRow(row);
        }
        int count = 3 + r.nextInt(18);
        BigDecimal share = f.project().divide(BigDecimal.valueOf(count * 2L), 2, RoundingMode.DOWN);
        boolean warned = false;
        for (int i = 0; i < count; i++) {
            Row row = s.createRow(FIRST_DATA_ROW + i);
            for (int c = 0; c < styles.length; c++)
                if (styles[c] != null) row.createCell(c).setCellStyle(styles[c]);
            BigDecimal adjusted =
                    share.multiply(BigDecimal.valueOf(50 + r.nextInt(100)))
                            .divide(HUNDRED, 2, RoundingMode.DOWN)
                            .max(BigDecimal.ONE);
            BigDecimal initial = adjusted.add(BigDecimal.valueOf(r.nextInt(50)));
            int percent = r.nextInt(4) == 0 ? 40 + r.nextInt(50) : 90 + r.nextInt(11);
            BigDecimal spent =
                    adjusted.multiply(BigDecimal.valueOf(percent))
                            .divide(HUNDRED, 2, RoundingMode.UP);
            row.getCell(0).setCellValue(i + 1);
            row.getCell(1)
                    .setCellValue(
                            PROJECT_NAMES[r.nextInt(PROJECT_NAMES.length)] + "（" + (i + 1) + "）");
            row.getCell(2).setCellValue(initial.doubleValue());
            row.getCell(3).setCellValue(adjusted.doubleValue());
            row.getCell(4).setCellValue(spent.doubleValue());
            int excel = FIRST_DATA_ROW + i + 1;
            row.getCell(5)
                    .setCellFormula(
                            "IF(OR(D"
                                    + excel
                                    + "=\"\",E"
                                    + excel
                                    + "=\"\"),\"\",IF(D"
                                    + excel
                                    + "=0,\"—\",E"
                                    + excel
                                    + "/D"
                                    + excel
                                    + "*100))");
            boolean low = percent < 90;
            if (low && kind == Kind.WITH_WARNINGS && !warned) {
                warned = true; // a low execution rate left unexplained: 警告
            } else if (low) {
                row.getCell(6).setCellValue("受项目实施进度影响，部分资金未能按计划支付，将于下一年度加快执行。");
            }
        }
    }

    private static int[] split(int total, int n, Random r) {
        int[] parts = new int[n];
        int left = total - n;
        for (int i = 0; i < n; i++) parts[i] = 1;
        while (left-- > 0) parts[r.nextInt(n)]++;
        return parts;
    }

    private static CellStyle[] styles(Row row) {
        if (row == null) return new CellStyle[0];
        CellStyle[] styles = new CellStyle[Math.max(0, row.getLastCellNum())];
        for (int c = 0; c < styles.length; c++) {
            Cell cell = row.getCell(c);
            styles[c] = cell == null ? null : cell.getCellStyle();
        }
        return styles;
    }

    private static Object[] values(Row row) {
        Object[] v = new Object[12];
        for (int c = 0; c < v.length; c++) {
            Cell cell = row.getCell(c);
            if (cell == null) continue;
            if (cell.getCellType() == CellType.NUMERIC)
                v[c] = BigDecimal.valueOf(cell.getNumericCellValue());
            else if (cell.getCellType() == CellType.STRING && !cell.getStringCellValue().isEmpty())
                v[c] = cell.getStringCellValue();
        }
        return v;
    }

    private static Cell cell(Row row, int c) {
        Cell cell = row.getCell(c);
        if (cell == null) cell = row.createCell(c);
        if (cell.getCellType() == CellType.FORMULA) cell.removeFormula();
        return cell;
    }

    private static void number(Row row, int c, BigDecimal v) {
        cell(row, c).setCellValue(v.doubleValue());
    }

    private static void text(Row row, int c, String v) {
        cell(row, c).setCellValue(v);
    }

    private static void blank(Row row, int c) {
        Cell cell = row.getCell(c);
        if (cell != null) cell.setBlank();
    }

    /** One 收入/支出 line. */
    record Line(String item, BigDecimal current, BigDecimal previous) {}

    /** The consistent figures of one submission, in 万元. */
    record Figures(List<Line> income, List<Line> expenditure, BigDecimal budget, BigDecimal rate) {

        static Figures draw(Random r) {
            BigDecimal basic = amount(r, 2_000, 30_000);
            BigDecimal project = amount(r, 500, 8_000);
            BigDecimal basicBefore = amount(r, 2_000, 30_000);
            BigDecimal projectBefore = amount(r, 500, 8_000);
            BigDecimal spent = basic.add(project);
            BigDecimal other = r.nextBoolean() ? amount(r, 1, 200) : BigDecimal.ZERO.setScale(2);
            BigDecimal grant = spent.subtract(other).add(amount(r, 0, 100));
            BigDecimal otherBefore = amount(r, 1, 200);
            BigDecimal grantBefore = basicBefore.add(projectBefore).subtract(otherBefore);
            List<Line> income =
                    List.of(
                            new Line(
                                    WorkbookContract.TOTAL,
                                    grant.add(other),
                                    grantBefore.add(otherBefore)),
                            new Line("财政拨款收入", grant, grantBefore),
                            new Line("其他收入", other, otherBefore));
            List<Line> expenditure =
                    List.of(
                            new Line(WorkbookContract.TOTAL, spent, basicBefore.add(projectBefore)),
                            new Line("基本支出", basic, basicBefore),
                            new Line("项目支出", project, projectBefore));
            BigDecimal budget =
                    spent.multiply(BigDecimal.valueOf(1000 + r.nextInt(80)))
                            .divide(BigDecimal.valueOf(1000), 2, RoundingMode.HALF_UP);
            BigDecimal rate = spent.multiply(HUNDRED).divide(budget, 10, RoundingMode.HALF_UP);
            return new Figures(income, expenditure, budget, rate);
        }

        BigDecimal spent() {
            return expenditure.get(0).current();
        }

        BigDecimal project() {
            return expenditure.get(2).current();
        }

        private static BigDecimal amount(Random r, int min, int max) {
            return BigDecimal.valueOf(min * 100L + r.nextInt((max - min) * 100 + 1), 2);
        }
    }
}
