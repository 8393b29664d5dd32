package org.selfeval.summary;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.selfeval.publish.RefusedFile;

/**
 * The 统计 sheet: departments per status and per grade, mean and median total, and the grade chart.
 */
final class StatisticsSheet {

    static final String NAME = "统计";
    static final String REFUSED_FILES = "收到后未能处理的文件";
    private static final List<DepartmentStatus> SHOWN =
            List.of(
                    DepartmentStatus.CONVERTED,
                    DepartmentStatus.BLOCKED,
                    DepartmentStatus.UNREADABLE,
                    DepartmentStatus.REFUSED,
                    DepartmentStatus.MISSING);

    private final XSSFSheet sheet;
    private final SummaryStyles styles;
    private int next;

    private StatisticsSheet(XSSFWorkbook wb, SummaryStyles styles) {
        this.sheet = wb.createSheet(NAME);
        this.styles = styles;
    }

    static void write(XSSFWorkbook wb, SummaryStyles styles, Statistics stats, boolean rosterUsed) {
        new StatisticsSheet(wb, styles).fill(stats, rosterUsed);
    }

    private void fill(Statistics stats, boolean rosterUsed) {
        sheet.setColumnWidth(0, 24 * 256);
        sheet.setColumnWidth(1, 12 * 256);
        text(row(), stats.year() + " 年度汇总统计", styles.header());
        next++;
        heading("状态", "部门数");
        for (DepartmentStatus s : SHOWN) count(s.label(), stats.byStatus().get(s));
        count(rosterUsed ? "合计（名单内外）" : "合计", stats.departments());
        if (rosterUsed) count("其中不在名单中", stats.notOnRoster());
        if (stats.unattributed() > 0) count("无法识别部门的无法读取报送", stats.unattributed());
        count("等级比上年下降", stats.gradeDrops());
        count(REFUSED_FILES, stats.refused().size());
        if (stats.refusedUnattributed() > 0) count("其中无法识别部门", stats.refusedUnattributed());
        next++;
        int chartRow = next;
        heading("等级", "部门数");
        int first = next;
        for (Map.Entry<String, Long> g : stats.byGrade().entrySet())
            count(g.getKey(), g.getValue());
        int last = next - 1;
        next++;
        heading("总分（报告已生成的部门）", "分");
        score("平均分", stats.mean());
        score("中位数", stats.median());
        GradeChart.add(sheet, first, last, 3, chartRow);
        listRefused(stats, chartRow);
        // on paper the table and the chart share one landscape page
        sheet.getPrintSetup().setLandscape(true);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 1);
    }

    /** Each refused file with its department and reason, below the figures (nothing silent). */
    private void listRefused(Statistics stats, int chartRow) {
        if (stats.refused().isEmpty()) return;
        next =
                Math.max(
                        next + 1,
                        chartRow + 17); // below the grade chart, which spans 16 rows from chartRow
        sheet.setColumnWidth(2, 40 * 256);
        Row head = row();
        text(head, REFUSED_FILES, styles.header());
        for (String h : List.of("部门", "原因", "收到时间")) {
            head.createCell(head.getLastCellNum()).setCellValue(h);
            head.getCell(head.getLastCellNum() - 1).setCellStyle(styles.header());
        }
        for (RefusedFile f : stats.refused()) {
            Row r = row();
            text(r, f.file(), null);
            r.createCell(1).setCellValue(f.department().isBlank() ? "（无法识别部门）" : f.department());
            r.createCell(2).setCellValue(f.result());
            r.createCell(3).setCellValue(f.receivedAt());
        }
    }

    private Row row() {
        return sheet.createRow(next++);
    }

    private void heading(String label, String unit) {
        Row r = row();
        text(r, label, styles.header());
        r.createCell(1).setCellValue(unit);
        r.getCell(1).setCellStyle(styles.header());
    }

    private void count(String label, long value) {
        Row r = row();
        text(r, label, null);
        r.createCell(1).setCellValue(value);
    }

    private void score(String label, BigDecimal value) {
        Row r = row();
        text(r, label, null);
        if (value == null) {
            r.createCell(1).setCellValue("—");
        } else {
            r.createCell(1).setCellValue(SummaryColumn.shown(value));
            r.getCell(1).setCellStyle(styles.score());
        }
    }

    private static void text(Row r, String value, CellStyle style) {
        r.createCell(0).setCellValue(value);
        if (style != null) r.getCell(0).setCellStyle(style);
    }
}
