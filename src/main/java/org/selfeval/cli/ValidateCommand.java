package org.selfeval.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.selfeval.evaluate.config.ConfigException;
import org.selfeval.model.FindingKinds;
import org.selfeval.pipeline.Outcome;
import org.selfeval.pipeline.Pipeline;
import org.selfeval.pipeline.ProjectOutcome;
import org.selfeval.pipeline.Status;
import org.selfeval.report.print.CsvPrinter;
import org.selfeval.report.print.JsonPrinter;
import org.selfeval.report.print.ProjectValidation;
import org.selfeval.report.print.TablePrinter;
import org.selfeval.report.print.Validation;
import org.selfeval.report.print.ValidationPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code selfeval validate PATH…}: reads, audits and scores submissions and prints the findings;
 * writes nothing.
 */
@Command(
        name = "validate",
        description = "校验填好的自评表：列出发现的问题（文件、位置、严重程度、规则、说明）和评分结果，不生成报告。",
        synopsisHeading = "用法：",
        parameterListHeading = "%n参数：%n",
        optionListHeading = "%n选项：%n",
        exitCodeListHeading = "%n退出码：%n",
        exitCodeList = {"0:没有“错误”级别的问题", "1:至少一份表格有“错误”或无法读取", "2:用法或配置文件有误", "3:程序内部错误（详情见日志）"})
public final class ValidateCommand implements Callable<Integer> {

    /** Output formats; lower-case so users type them as the help shows. */
    enum Format {
        table,
        csv,
        json
    }

    @Spec CommandSpec spec;

    @picocli.CommandLine.Mixin HelpOption helpOption;

    @Parameters(
            arity = "1..*",
            paramLabel = "PATH",
            description = "要校验的工作簿（.xlsx/.xls）、CSV 文件或存放一套表格的文件夹")
    List<Path> paths;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "table",
            description = "输出格式：table（表格，默认）、csv 或 json")
    Format format;

    @picocli.CommandLine.Mixin EvaluationOptions evaluation;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Pipeline pipeline;
        ProjectConversions projects;
        try {
            ConfigInEffect config =
                    new ConfigInEffect(
                            evaluation.config(),
                            PipelineWiring.framework(evaluation.framework()),
                            PipelineWiring.wording(evaluation.framework()) != null);
            pipeline = PipelineWiring.checking(evaluation.config(), evaluation.framework());
            projects =
                    ProjectConversions.create(
                            evaluation.framework(), null, java.time.Clock.systemUTC());
            // on stderr, so csv and json output stays machine-readable
            err.println(config.line());
        } catch (ConfigException e) {
            err.println("配置有误：" + e.getMessage());
            return ExitCodes.USAGE;
        }
        for (Path p : paths) {
            if (!Files.exists(p)) {
                err.println("找不到“" + p.toAbsolutePath() + "”：请检查路径。");
                return ExitCodes.USAGE;
            }
        }
        List<Outcome> outcomes = new java.util.ArrayList<>();
        List<ProjectOutcome> projectOutcomes = new java.util.ArrayList<>();
        List<Validation> results = new java.util.ArrayList<>();
        for (Path p : paths) {
            // a workbook of project tables only is no department's submission: only its projects
            // are checked
            var found = projects.read(p);
            Outcome o = ProjectConversions.projectsOnly(found) ? null : pipeline.check(p);
            if (o != null) outcomes.add(o);
            ProjectOutcome checked =
                    projects.check(
                            p,
                            found,
                            o == null ? null : o.department(),
                            o == null ? null : o.year());
            if (checked != null) projectOutcomes.add(checked);
            ProjectValidation tables =
                    checked == null ? null : ProjectConversions.validation(checked);
            results.add(
                    o == null
                            ? Validation.projectsOnly(p, tables)
                            : new Validation(o.origin(), o.findings(), o.evaluation())
                                    .withProjects(tables));
        }
        printer(pipeline.findingKinds()).print(results, out);
        // the table lists projects in the project framework's words, after the departments
        if (format == Format.table)
            for (ProjectOutcome po : projectOutcomes) ProjectConversions.print(po, out);
        out.flush();
        if (outcomes.stream().anyMatch(o -> o.status() == Status.INTERNAL_ERROR))
            return ExitCodes.INTERNAL;
        return results.stream().anyMatch(Validation::hasErrors) ? ExitCodes.FAILED : ExitCodes.OK;
    }

    private ValidationPrinter printer(FindingKinds kinds) {
        return switch (format) {
            case table -> new TablePrinter(kinds);
            case csv -> new CsvPrinter();
            case json -> new JsonPrinter();
        };
    }
}
