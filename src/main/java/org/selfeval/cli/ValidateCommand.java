package org.selfeval.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.selfeval.audit.Evaluator;
import org.selfeval.audit.print.CsvPrinter;
import org.selfeval.audit.print.JsonPrinter;
import org.selfeval.audit.print.TablePrinter;
import org.selfeval.audit.print.Validation;
import org.selfeval.audit.print.ValidationPrinter;
import org.selfeval.config.ConfigException;
import org.selfeval.config.EvaluationConfig;
import org.selfeval.ingest.ReadResult;
import org.selfeval.ingest.SubmissionReader;
import org.selfeval.model.Evaluation;
import org.selfeval.pipeline.EvaluateStage;
import org.selfeval.pipeline.ReadStage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code selfeval validate PATH…}: reads, audits and scores submissions and prints the findings; writes nothing. */
@Command(name = "validate",
        description = "校验填好的自评表：列出发现的问题（文件、位置、严重程度、规则、说明）和评分结果，不生成报告。",
        synopsisHeading = "用法：",
        parameterListHeading = "%n参数：%n",
        optionListHeading = "%n选项：%n",
        exitCodeListHeading = "%n退出码：%n",
        exitCodeList = {"0:没有“错误”级别的问题", "1:至少一份表格有“错误”或无法读取", "2:用法或配置文件有误"})
public final class ValidateCommand implements Callable<Integer> {

    /** Output formats; lower-case so users type them as the help shows. */
    enum Format { table, csv, json }

    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Mixin
    HelpOption helpOption;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "要校验的工作簿（.xlsx/.xls）、CSV 文件或存放一套表格的文件夹")
    List<Path> paths;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "输出格式：table（表格，默认）、csv 或 json")
    Format format;

    @Option(names = "--framework", paramLabel = "NAME|FILE",
            description = "指标体系：内置名称（selfeval framework list）或指标体系工作簿（默认：guangzhou-2023）")
    String framework;

    @Option(names = "--config", paramLabel = "FILE",
            description = "评价配置文件（UTF-8 的 键=值 文件）；不指定时使用当前目录下的 selfeval.properties，没有则用内置的广州市 2023 年配置")
    Path config;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        EvaluationConfig configuration;
        try {
            configuration = PipelineWiring.configuration(config, framework);
        } catch (ConfigException e) {
            err.println("配置文件有误：" + e.getMessage());
            return ExitCodes.USAGE;
        }
        for (Path p : paths) {
            if (!Files.exists(p)) {
                err.println("找不到“" + p + "”：请检查路径。");
                return ExitCodes.USAGE;
            }
        }
        List<Validation> results = validate(new SubmissionReader(), new Evaluator(configuration), paths);
        printer().print(results, out);
        out.flush();
        return results.stream().anyMatch(Validation::hasErrors) ? ExitCodes.FAILED : ExitCodes.OK;
    }

    static List<Validation> validate(ReadStage reader, EvaluateStage evaluator, List<Path> paths) {
        List<Validation> results = new ArrayList<>();
        for (Path p : paths) {
            ReadResult read = reader.read(p);
            if (!read.readable()) {
                results.add(new Validation(p, read.findings(), null));
                continue;
            }
            Evaluation e = evaluator.evaluate(read.submission(), read.findings());
            results.add(new Validation(p, e.findings(), e));
        }
        return results;
    }

    private ValidationPrinter printer() {
        return switch (format) {
            case table -> new TablePrinter();
            case csv -> new CsvPrinter();
            case json -> new JsonPrinter();
        };
    }
}
