package org.selfeval.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.selfeval.framework.BuiltInProjectFrameworks;
import org.selfeval.framework.ProjectFramework;
import org.selfeval.ingest.ProjectSubmissionReader;
import org.selfeval.model.ProjectSubmission;
import org.selfeval.testing.ProjectFill;

/**
 * Project sheets filled in the blank template as a clerk fills them, and the reader and evaluator
 * the tests share.
 */
public final class ProjectSamples {

    static final ProjectFramework NATIONAL = BuiltInProjectFrameworks.defaultFramework();

    private ProjectSamples() {}

    /**
     * A clean project: 年度资金总额 500 = 450 + 50 budget, 475 executed (95%, 9.5 分); 产出 50 = 20 + 15 +
     * 15, 效益 30, 满意度 10, every target met; 总分 99.5 by the template's formula.
     */
    static void clean(ProjectFill p, String name) {
        clean(p, name, "青山县农业农村局", "2023");
    }

    /** {@link #clean(ProjectFill, String)} of {@code department} for {@code year}. */
    public static void clean(ProjectFill p, String name, String department, String year) {
        p.key("项目名称", name).key("主管部门", department).key("实施单位", department).key("评价年度", year);
        p.funds("年度资金总额", "500", "500", "475");
        p.funds("其中：本年财政拨款", "450", "450", "430");
        p.funds("上年结转资金", "50", "50", "45");
        p.funds("其他资金", "0", "0", "0");
        p.goals("新建高标准农田2.5万亩，项目区粮食产能提高。", "新建高标准农田2.6万亩并通过验收。");
        p.indicator("产出指标", "数量指标", "新建高标准农田面积（万亩）", "≥2.5", "2.6", "20", "20", null);
        p.indicator("产出指标", "质量指标", "工程验收合格率", "100%", "100%", "15", "15", null);
        p.indicator("产出指标", "时效指标", "项目完工时间", "2023年12月底前", "2023年11月完工", "15", "15", null);
        p.indicator("效益指标", "经济效益指标", "项目区亩均增产（公斤）", "≥50", "58", "15", "15", null);
        p.indicator("效益指标", "社会效益指标", "受益农户数（户）", "≥3000", "3200", "15", "15", null);
        p.indicator("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%", "96%", "10", "10", null);
    }

    static Path write(Path dir, String file, int projects, Consumer<XSSFWorkbook> fill)
            throws IOException {
        try (XSSFWorkbook wb = ProjectFill.template(NATIONAL, projects)) {
            fill.accept(wb);
            return Files.write(dir.resolve(file), ProjectFill.bytes(wb));
        }
    }

    static ProjectFill sheet(XSSFWorkbook wb, int index) {
        return ProjectFill.sheet(NATIONAL, wb, index);
    }

    static ProjectSubmission read(Path origin) {
        return new ProjectSubmissionReader(ProjectSamples::framework).read(origin);
    }

    static ProjectEvaluation evaluate(ProjectSubmission s, int index) {
        return new ProjectEvaluator(ProjectSamples::framework)
                .evaluate(s.projects().get(index), null, null);
    }

    /** As convert resolves a sheet's 指标体系 cell with the national table in effect. */
    private static ProjectFramework framework(String named) {
        return org.selfeval.framework.ProjectFrameworkSource.forSheets(NATIONAL).apply(named);
    }
}
