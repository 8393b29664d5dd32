package org.selfeval.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.selfeval.evaluate.config.ConfigLoader;
import org.selfeval.framework.BuiltInFrameworks;
import org.selfeval.framework.BuiltInProjectFrameworks;
import org.selfeval.framework.Framework;
import org.selfeval.framework.FrameworkWorkbook;
import org.selfeval.framework.ProjectFramework;
import org.selfeval.framework.ProjectFrameworkWorkbook;
import org.selfeval.publish.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code selfeval framework list|export}: the built-in indicator frameworks, and the workbook a
 * bureau edits.
 */
@Command(
        name = "framework",
        description = {
            "指标体系：列出内置指标体系，或导出可在 Excel/WPS 中修改的指标体系工作簿。",
            "修改后的工作簿用 --framework 文件 交给 templates、validate、convert、run。"
        },
        synopsisHeading = "用法：",
        commandListHeading = "%n命令：%n",
        subcommands = {FrameworkCommand.ListCommand.class, FrameworkCommand.ExportCommand.class})
public final class FrameworkCommand implements Runnable {

    @picocli.CommandLine.Mixin HelpOption helpOption;

    @Spec CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "list", description = "列出内置指标体系：名称、标题、年度（每行一个）。", synopsisHeading = "用法：")
    static final class ListCommand implements Callable<Integer> {

        @picocli.CommandLine.Mixin HelpOption helpOption;

        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            for (Framework f : BuiltInFrameworks.all()) {
                out.println(
                        f.name()
                                + "\t"
                                + f.title()
                                + "\t"
                                + f.year()
                                + (BuiltInFrameworks.DEFAULT.equals(f.name()) ? "\t（默认）" : ""));
            }
            for (ProjectFramework f : BuiltInProjectFrameworks.all()) {
                out.println(f.name() + "\t" + f.title() + "\t" + f.year() + "\t（项目支出）");
            }
            out.flush();
            return ExitCodes.OK;
        }
    }

    @Command(
            name = "export",
            description = "把内置指标体系导出为可修改的工作簿（含“说明”工作表）。",
            synopsisHeading = "用法：",
            parameterListHeading = "%n参数：%n",
            optionListHeading = "%n选项：%n")
    static final class ExportCommand implements Callable<Integer> {

        @picocli.CommandLine.Mixin HelpOption helpOption;

        @Spec CommandSpec spec;

        @Parameters(paramLabel = "NAME", description = "内置指标体系的名称，见 selfeval framework list")
        String name;

        @Option(
                names = "--out",
                paramLabel = "FILE",
                required = true,
                description = "保存的工作簿（.xlsx）")
        Path out;

        @Option(names = "--force", description = "已有同名文件时覆盖它。")
        boolean force;

        @Override
        public Integer call() throws IOException {
            PrintWriter err = spec.commandLine().getErr();
            Framework f = BuiltInFrameworks.get(name).orElse(null);
            ProjectFramework project = BuiltInProjectFrameworks.get(name).orElse(null);
            if (f == null && project == null) {
                err.println(
                        "没有名为“"
                                + name
                                + "”的内置指标体系；可用的有："
                                + String.join("、", BuiltInFrameworks.NAMES)
                                + "、"
                                + String.join("、", BuiltInProjectFrameworks.NAMES)
                                + "。");
                return ExitCodes.USAGE;
            }
            if (Files.exists(out) && !force) {
                err.println("文件已存在，未覆盖：" + out + "。如确需覆盖（其中的修改将丢失），请加 --force。");
                return ExitCodes.FAILED;
            }
            if (project != null) {
                AtomicFiles.write(out.toAbsolutePath(), ProjectFrameworkWorkbook.export(project));
                spec.commandLine().getOut().println("已导出项目指标体系 " + project.label() + "：" + out);
                return ExitCodes.OK;
            }
            // the export offers the built-in severities and tolerances on its 校验规则 sheet, to edit
            // with the rest
            AtomicFiles.write(
                    out.toAbsolutePath(),
                    FrameworkWorkbook.export(
                            f.withSettings(
                                    ConfigLoader.defaultSettings(
                                            org.selfeval.evaluate.FindingCatalogue.kinds()))));
            spec.commandLine().getOut().println("已导出指标体系 " + f.label() + "：" + out);
            return ExitCodes.OK;
        }
    }
}
