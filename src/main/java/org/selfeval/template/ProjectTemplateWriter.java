package org.selfeval.template;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.selfeval.framework.BuiltInProjectFrameworks;
import org.selfeval.framework.ProjectColumn.Role;
import org.selfeval.framework.ProjectFramework;
import org.selfeval.framework.ScoreRule;
import org.selfeval.model.Formats;
import org.selfeval.model.ProjectContract;
import org.selfeval.model.WorkbookContract;

/** Writes the blank 项目支出绩效自评模板 of a project framework: 填报说明, then one sheet per project (项目1 …). */
public final class ProjectTemplateWriter {

    /** Sheets the blank template offers; staff copy one for each further project. */
    static final int BLANK_PROJECTS = 3;

    private final ProjectFramework framework;

    public ProjectTemplateWriter(ProjectFramework framework) {
        this.framework = framework;
    }

    /**
     * The built-in national table's template is 项目支出绩效自评模板.xlsx; others carry their framework's
     * name.
     */
    public static String fileName(ProjectFramework framework) {
        return BuiltInProjectFrameworks.DEFAULT.equals(framework.name())
                ? ProjectContract.FILE_NAME
                : ProjectContract.FILE_NAME.replace(".xlsx", "（" + framework.name() + "）.xlsx");
    }

    /** The template with {@code projects} blank project sheets (caller closes it). */
    public XSSFWorkbook build(int projects) {
        XSSFWorkbook wb = new XSSFWorkbook();
        TemplateStyles styles = TemplateStyles.of(wb);
        guide(wb, styles);
        ProjectTableSheet sheet = new ProjectTableSheet(framework, styles, new Dropdowns(wb));
        for (int i = 1; i <= projects; i++) sheet.write(wb, ProjectContract.SHEET_PREFIX + i);
        if (wb.getSheet(TemplateLayout.LIST_SHEET) != null)
            wb.setSheetOrder(TemplateLayout.LIST_SHEET, wb.getNumberOfSheets() - 1);
        wb.setActiveSheet(0);
        return wb;
    }

    public byte[] bytes() {
        try (XSSFWorkbook wb = build(BLANK_PROJECTS)) {
            return TemplateWriter.bytes(wb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void guide(XSSFWorkbook wb, TemplateStyles styles) {
        XSSFSheet sheet = wb.createSheet(WorkbookContract.SHEET_GUIDE);
        Cell title = SheetScaffold.cell(sheet, 0, 0);
        title.setCellValue(ProjectContract.TITLE + " 填报说明");
        title.setCellStyle(styles.title());
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 1));
        ProjectFramework f = framework;
        String[][] entries = {
            {"指标体系", f.titleWithName() + "。每个项目的“指标体系”一格已预填其名称，请勿修改。"},
            {
                "一个项目一张表",
                "每个二级项目填写一张工作表（“项目1”“项目2”……，可改名，如改为项目名称）。项目较多时，右键工作表标签"
                        + "“移动或复制”→“建立副本”即可增加。可以把项目表复制到本部门的部门整体支出绩效自评工作簿中一并报送，"
                        + "也可以每个项目单独一个工作簿报送。"
            },
            {
                "项目名称等",
                "项目名称、主管部门、实施单位、评价年度填在各自右边的格子里；评价年度填 2023 或 2023年。"
                        + "与部门工作簿一并报送时，主管部门、评价年度可留空（取部门的部门名称和评价年度）。"
            },
            {
                "项目资金（万元）",
                f.required(Role.TOTAL_ROW)
                        + "应等于其下"
                        + String.join("、", f.detailRows())
                        + "之和，没有的填 0。"
                        + f.required(Role.RATE)
                        + "、"
                        + f.required(Role.FUNDS_SCORE)
                        + "为黄色自动计算格：执行率 = "
                        + f.required(Role.EXECUTED)
                        + " ÷ "
                        + f.required(Role.BUDGET)
                        + " × 100，得分 = 执行率（不超过 100%）× 分值 "
                        + Formats.plain(f.fundsWeight())
                        + " 分。"
            },
            {"年度总体目标", "预期目标照抄批复的绩效目标；实际完成情况写明完成了什么、没完成什么。"},
            {
                "绩效指标",
                "每行一个三级指标（由本部门按项目绩效目标填写）。一级指标已按行预填："
                        + String.join(
                                "、",
                                f.tree().stream()
                                        .map(l -> l.name() + " " + Formats.plain(l.weight()) + " 分")
                                        .toList())
                        + "；二级指标从下拉列表选择。用不完的行留空即可，不够时在该一级指标的行中插入行。"
                        + "同一一级指标下各指标的分值之和应等于一级指标的分值。"
            },
            {
                "指标值和得分",
                f.required(Role.TARGET)
                        + "可写“≥50”“≤90”“100%”等；"
                        + f.required(Role.SCORE)
                        + "不能超过分值。"
                        + "实际完成值未达到年度指标值时，按完成比例打分，并必须填写“"
                        + f.required(Role.DEVIATION)
                        + "”。"
                        + (f.label(Role.UNIT).isPresent()
                                ? "单位请填在“" + f.required(Role.UNIT) + "”列，不要写在指标值中。"
                                : "")
            },
            {"总分", f.required(Role.TOTAL_SCORE) + "为黄色自动计算格：预算执行率得分加各指标得分。" + rules()},
            {
                "锁定的格子",
                "各项目表已保护（无密码）：标签、表头、指标体系名称和黄色自动计算格不能修改，白色格子照常填写，"
                        + "可以插入行。确需修改表格结构时，可在“审阅”→“撤销工作表保护”后修改，但不要改动表头文字。"
            },
            {"校验", "程序会重新计算资金合计、执行率、得分和总分，核对分值、偏差原因和评分规则；每个问题都写明“工作表!单元格”和应填的值，" + "照着改完即可通过。"}
        };
        int r = 2;
        for (String[] e : entries) {
            Cell topic = SheetScaffold.cell(sheet, r, 0);
            topic.setCellValue(e[0]);
            topic.setCellStyle(styles.guideHeading());
            Cell text = SheetScaffold.cell(sheet, r++, 1);
            text.setCellValue(e[1]);
            text.setCellStyle(styles.guide());
        }
        SheetScaffold.widths(sheet, 22, 110);
        SheetScaffold.printLayout(sheet);
        SheetScaffold.protect(sheet, false);
    }

    private String rules() {
        if (framework.rules().isEmpty()) return "";
        return "本指标体系的评分规则："
                + String.join("；", framework.rules().stream().map(ScoreRule::words).toList())
                + "。";
    }
}
