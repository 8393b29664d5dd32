package org.selfeval.template;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.selfeval.framework.BuiltInProjectFrameworks;
import org.selfeval.framework.ProjectFramework;
import org.selfeval.publish.AtomicFiles;
import org.selfeval.testing.ProjectFill;

/**
 * The project example: the invented 青山县农业农村局 (2023) self-evaluates three of its projects on the
 * national 项目支出绩效自评表 (project-caiyu-2020), one sheet each, filled in the blank template: 高标准农田建设
 * clean; 农村户厕改造 with a missed target and no 偏差原因; 动物疫病防控 with 执行率 65% and a self-score of 85.
 */
final class ProjectExample {

    static final ProjectFramework FRAMEWORK = BuiltInProjectFrameworks.defaultFramework();
    static final String FILE = "qingshan-agri-2023-projects.xlsx";
    static final String DEPARTMENT = "青山县农业农村局";

    private ProjectExample() {}

    static void write(Path dir) throws IOException {
        try (XSSFWorkbook wb = workbook()) {
            AtomicFiles.write(dir.resolve(FILE), ProjectFill.bytes(wb));
        }
    }

    static XSSFWorkbook workbook() {
        XSSFWorkbook wb = ProjectFill.template(FRAMEWORK, 3);
        farmland(ProjectFill.sheet(FRAMEWORK, wb, 1));
        toilets(ProjectFill.sheet(FRAMEWORK, wb, 2));
        epidemic(ProjectFill.sheet(FRAMEWORK, wb, 3));
        wb.setSheetName(wb.getSheetIndex("项目1"), "高标准农田建设");
        wb.setSheetName(wb.getSheetIndex("项目2"), "农村户厕改造");
        wb.setSheetName(wb.getSheetIndex("项目3"), "动物疫病防控");
        return wb;
    }

    private static void heading(ProjectFill p, String name, String unit) {
        p.key("项目名称", name).key("主管部门", DEPARTMENT).key("实施单位", unit).key("评价年度", "2023");
    }

    /** Clean: 1,280 of 1,300 万元 (98.46%), every target met. */
    private static void farmland(ProjectFill p) {
        heading(p, "高标准农田建设", "青山县农业农村局");
        p.funds("年度资金总额", "1200", "1300", "1280");
        p.funds("其中：本年财政拨款", "1100", "1200", "1185");
        p.funds("上年结转资金", "100", "100", "95");
        p.funds("其他资金", "0", "0", "0");
        p.goals(
                "新建高标准农田2.5万亩，配套灌排渠道和田间道路，项目区粮食综合生产能力稳步提高。",
                "新建高标准农田2.6万亩，配套渠道86公里、田间道路54公里，全部通过县级验收，项目区粮食单产提高约8%。");
        p.indicator("产出指标", "数量指标", "新建高标准农田面积（万亩）", "≥2.5", "2.6", "20", "20", null);
        p.indicator("产出指标", "质量指标", "工程验收合格率", "100%", "100%", "15", "15", null);
        p.indicator("产出指标", "时效指标", "项目完工时间", "2023年12月底前", "2023年11月完工", "10", "10", null);
        p.indicator("产出指标", "成本指标", "亩均投资（元）", "≤1500", "1480", "5", "5", null);
        p.indicator("效益指标", "经济效益指标", "项目区亩均增产（公斤）", "≥50", "58", "10", "10", null);
        p.indicator("效益指标", "社会效益指标", "受益农户数（户）", "≥3000", "3200", "10", "10", null);
        p.indicator("效益指标", "可持续影响指标", "工程设计使用年限（年）", "≥15", "15", "10", "10", null);
        p.indicator("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%", "96%", "10", "10", null);
    }

    /** 户厕 1,150 of 1,200 (a missed target, scored 95.83% of its 分值) and no 偏差原因分析. */
    private static void toilets(ProjectFill p) {
        heading(p, "农村户厕改造", "青山县乡村建设服务中心");
        p.funds("年度资金总额", "500", "500", "470");
        p.funds("其中：本年财政拨款", "450", "450", "425");
        p.funds("上年结转资金", "50", "50", "45");
        p.funds("其他资金", "0", "0", "0");
        p.goals("完成农村户厕改造1200户，改厕后群众满意度不低于90%。", "完成农村户厕改造1150户，其余50户因用地协调推迟至2024年一季度。");
        p.indicator("产出指标", "数量指标", "完成户厕改造（户）", "≥1200", "1150", "25", "23.96", null);
        p.indicator("产出指标", "质量指标", "改厕验收合格率", "≥95%", "98%", "15", "15", null);
        p.indicator("产出指标", "时效指标", "完工时间", "2023年12月底前", "2023年12月完成1150户", "10", "10", null);
        p.indicator("效益指标", "社会效益指标", "农村卫生厕所普及率", "≥85%", "86.5%", "15", "15", null);
        p.indicator("效益指标", "可持续影响指标", "改厕后管护机制覆盖率", "100%", "100%", "15", "15", null);
        p.indicator("满意度指标", "服务对象满意度指标", "改厕农户满意度", "≥90%", "93%", "10", "10", null);
    }

    /**
     * 执行率 65% (260 of 400 万元), scored 6.5 + 78.5 = 85 by the template's sum: the province's rule
     * caps it at 79.
     */
    private static void epidemic(ProjectFill p) {
        heading(p, "重大动物疫病防控", "青山县动物疫病预防控制中心");
        p.funds("年度资金总额", "400", "400", "260");
        p.funds("其中：本年财政拨款", "380", "380", "245");
        p.funds("上年结转资金", "20", "20", "15");
        p.funds("其他资金", "0", "0", "0");
        p.goals(
                "重大动物疫病强制免疫应免密度保持在90%以上，全年不发生区域性重大动物疫情。",
                "强制免疫应免密度95.6%，全年未发生区域性重大动物疫情；疫苗统一采购价格下降，部分资金结余。");
        p.indicator("产出指标", "数量指标", "强制免疫畜禽数量（万头只）", "≥120", "126", "20", "20", null);
        p.indicator("产出指标", "质量指标", "强制免疫应免密度", "≥90%", "95.6%", "15", "15", null);
        p.indicator("产出指标", "成本指标", "疫苗采购成本控制率", "≤100%", "88%", "15", "13.5", null);
        p.indicator("效益指标", "社会效益指标", "区域性重大动物疫情发生次数", "0", "0", "15", "15", null);
        p.indicator(
                "效益指标", "可持续影响指标", "基层防疫员在岗率", "≥95%", "97%", "15", "10", "部分乡镇防疫员年中调整，下半年已补齐。");
        p.indicator("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%", "92%", "10", "5", "满意度调查样本偏少，评分从严。");
    }
}
