package org.selfeval.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.selfeval.batch.ProgressLine;
import org.selfeval.batch.ProjectPipeline;
import org.selfeval.batch.RunLog;
import org.selfeval.batch.Tally;
import org.selfeval.evaluate.config.ConfigException;
import org.selfeval.framework.FrameworkException;
import org.selfeval.framework.ProjectFramework;
import org.selfeval.framework.ProjectFrameworkSource;
import org.selfeval.ingest.ProjectSubmissionReader;
import org.selfeval.model.Evaluation;
import org.selfeval.model.Formats;
import org.selfeval.model.ProjectSubmission;
import org.selfeval.model.Severity;
import org.selfeval.pipeline.ProjectOutcome;
import org.selfeval.project.ProjectEvaluation;
import org.selfeval.project.ProjectEvaluator;
import org.selfeval.publish.ProjectOutputWriter;
import org.selfeval.publish.PublishedFiles;
import org.selfeval.publish.pdf.PdfCopies;
import org.selfeval.report.ProjectRenderer;
import org.selfeval.report.RenderOptions;
import org.selfeval.report.print.ProjectValidation;

/**
 * The project tables of a convert: found in each submission as it is converted (a project-only
 * submission skips the department's pipeline), then published together — one progress line per
 * project, a summary line, and exit code 1 when a project's table was blocked by an 错误.
 */
final class ProjectConversions {

    private final ProjectFramework framework;
    private final ProjectPipeline pipeline;
    private final List<ProjectOutcome> outcomes = new ArrayList<>();

    /** Per outcome: true when its files held project tables alone (no department's sheets). */
    private final List<Boolean> alone = new ArrayList<>();

    private ProjectConversions(ProjectFramework framework, ProjectPipeline pipeline) {
        this.framework = framework;
        this.pipeline = pipeline;
    }

    /**
     * @throws ConfigException when {@code --framework} names a project framework workbook that
     *     cannot be used
     */
    static ProjectConversions create(String frameworkSpec, Path style, Clock clock) {
        ProjectFramework f;
        try {
            f = ProjectFrameworkSource.resolve(frameworkSpec);
        } catch (FrameworkException e) {
            throw new ConfigException(e.getMessage(), e);
        }
        var forSheets = ProjectFrameworkSource.forSheets(f);
        ProjectRenderer renderer;
        try {
            renderer =
                    new ProjectRenderer(
                            RenderOptions.defaults()
                                    .withStyle(style)
                                    .withClock(clock)
                                    .withFindingKinds(
                                            org.selfeval.model.FindingKinds.of(
                                                    org.selfeval.ingest.ReadFindings.kinds())));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage());
        }
        return new ProjectConversions(
                f,
                new ProjectPipeline(
                        new ProjectSubmissionReader(forSheets),
                        new ProjectEvaluator(forSheets),
                        renderer));
    }

    /**
     * The run's line on the project framework in effect: "项目指标体系：<title>" (by its title, as the 配置
     * line names the department's framework), with its file when a workbook gave it.
     */
    String line(String spec) {
        boolean file =
                spec != null
                        && !spec.isBlank()
                        && org.selfeval.framework.BuiltInProjectFrameworks.get(spec).isEmpty();
        return "项目指标体系：" + framework.label() + (file ? "，文件 " + spec : "");
    }

    /** The project tables' pipeline, for the nightly run and for bench (as convert runs it). */
    ProjectPipeline pipeline() {
        return pipeline;
    }

    ProjectSubmission read(Path content) {
        return pipeline.read(content);
    }

    /**
     * True when the files hold project tables and no department's sheets: only the projects are
     * converted.
     */
    static boolean projectsOnly(ProjectSubmission s) {
        return s.any() && !s.departmentSheets();
    }

    /**
     * Converts the submission's projects, if any; {@code department}/{@code year} when its
     * department came with it.
     */
    void convert(Path origin, ProjectSubmission s, String department, String year) {
        if (s.any()) {
            outcomes.add(
                    pipeline.convert(origin, s, blankToNull(department), blankToNull(year), true));
            alone.add(projectsOnly(s));
        }
    }

    /**
     * Converts the projects that came with a department's sheets (their blank 主管部门 and 评价年度 are the
     * department's) and gives the department's evaluation listing them for its report.
     */
    Evaluation listedIn(Path origin, ProjectSubmission s, Evaluation department) {
        if (!s.any()) return department;
        ProjectOutcome o =
                pipeline.convert(
                        origin,
                        s,
                        blankToNull(department.department()),
                        blankToNull(department.year()),
                        true);
        outcomes.add(o);
        alone.add(false);
        return department.withProjectTables(
                o.projects().stream().map(ProjectEvaluation::line).toList());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /**
     * Audits and scores the submission's projects without rendering (validate); null when it has
     * none.
     */
    ProjectOutcome check(Path origin, ProjectSubmission s, String department, String year) {
        return s.any()
                ? pipeline.convert(origin, s, blankToNull(department), blankToNull(year), false)
                : null;
    }

    /** validate's csv and json: each project's line and findings, after the reader's findings. */
    static ProjectValidation validation(ProjectOutcome o) {
        return new ProjectValidation(
                o.readFindings(),
                o.projects().stream()
                        .map(p -> new ProjectValidation.Project(p.line(), p.findings()))
                        .toList());
    }

    /**
     * validate's table: per project its total and grade, then each finding with its cell; true when
     * any is an 错误.
     */
    static boolean print(ProjectOutcome o, java.io.PrintWriter out) {
        out.println(
                "== " + o.origin().getFileName() + " 项目支出绩效自评表（" + o.projects().size() + " 个项目）");
        for (var f : o.readFindings())
            out.println(f.source().sheetCell() + "  " + f.severity().label() + "  " + f.message());
        for (ProjectEvaluation p : o.projects()) {
            out.println(
                    "项目 "
                            + p.name()
                            + "（"
                            + p.sheet().sheet()
                            + "）："
                            + (p.scored()
                                    ? "总分 "
                                            + Formats.plain(p.total())
                                            + " "
                                            + p.grade()
                                            + (p.cap() != null
                                                    ? "（按评分规则“"
                                                            + p.cap().name()
                                                            + "”封顶，各项之和 "
                                                            + Formats.plain(p.sum())
                                                            + "）"
                                                    : "")
                                    : "未评分"));
            if (p.findings().isEmpty()) out.println("  未发现问题。");
            for (var f : p.findings()) {
                out.println(
                        "  "
                                + f.source().sheetCell()
                                + "  "
                                + f.severity().label()
                                + "  "
                                + org.selfeval.project.ProjectFindings.name(f.ruleId())
                                + "  "
                                + f.message());
            }
        }
        out.println();
        return Severity.ERROR.countIn(o.findings()) > 0;
    }

    /**
     * Writes every project document, says how each project ended and counts it in {@code tally} (a
     * submission of project tables alone counts as one, failed when an 错误 blocked a project); the
     * exit code the projects call for.
     */
    int publish(Path out, PdfCopies pdfs, RunLog log, Tally tally) {
        if (outcomes.isEmpty()) return ExitCodes.OK;
        log.progress("项目指标体系：" + framework.label());
        ProjectOutputWriter writer = new ProjectOutputWriter(out);
        int total = outcomes.stream().mapToInt(o -> o.projects().size()).sum(),
                index = 0,
                blocked = 0;
        boolean failed = false;
        for (int n = 0; n < outcomes.size(); n++) {
            ProjectOutcome o = outcomes.get(n);
            boolean errors = o.blocked() > 0 || Severity.ERROR.countIn(o.readFindings()) > 0;
            if (alone.get(n))
                tally.add(errors ? Tally.Kind.PROJECTS_ONLY_BLOCKED : Tally.Kind.PROJECTS_ONLY);
            tally.addProjects(o.projects().size(), (int) o.blocked());
            ProjectOutputWriter.Written files;
            try {
                files = writer.write(o, "");
            } catch (IOException e) {
                log.error(
                        o.origin().getFileName()
                                + " 的项目自评表无法写入 "
                                + out
                                + "："
                                + e.getMessage()
                                + "；请检查输出文件夹的写入权限。",
                        e);
                failed = true;
                continue;
            }
            for (int i = 0; i < o.projects().size(); i++) {
                ProjectEvaluation p = o.projects().get(i);
                Path table = files.tables().get(i);
                pdfs.of(new PublishedFiles(table, null));
                log.progress(
                        "  ["
                                + (++index)
                                + "/"
                                + total
                                + "] "
                                + ProgressLine.project(p, o.readFindings()));
                if (p.blocked()) blocked++;
            }
            pdfs.of(new PublishedFiles(null, files.auditReport()));
            log.findings(o.findings());
            if (!o.readFindings().isEmpty() && Severity.ERROR.countIn(o.readFindings()) > 0)
                failed = true;
        }
        return blocked > 0 || failed ? ExitCodes.FAILED : ExitCodes.OK;
    }
}
