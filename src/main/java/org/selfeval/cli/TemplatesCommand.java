package org.selfeval.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.selfeval.evaluate.scoring.ScoringMethods;
import org.selfeval.framework.Framework;
import org.selfeval.framework.FrameworkException;
import org.selfeval.framework.FrameworkSource;
import org.selfeval.framework.ProjectFramework;
import org.selfeval.framework.ProjectFrameworkSource;
import org.selfeval.publish.AtomicFiles;
import org.selfeval.summary.roster.RosterFiles;
import org.selfeval.summary.roster.RosterTemplate;
import org.selfeval.template.ProjectTemplateWriter;
import org.selfeval.template.TemplateWriter;
import org.selfeval.template.WorkbookSnapshot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code selfeval templates}: writes the official blank workbook staff fill. */
@Command(
        name = "templates",
        description =
                "生成空白的官方填报模板“"
                        + TemplateWriter.FILE_NAME
                        + "”（含填报说明、下拉列表和自动计算公式）"
                        + "和财政局用的空白部门名单“"
                        + RosterFiles.FILE_NAME
                        + "”。",
        optionListHeading = "%n选项：%n",
        synopsisHeading = "用法：")
public final class TemplatesCommand implements Callable<Integer> {

    @picocli.CommandLine.Mixin HelpOption helpOption;

    @Spec CommandSpec spec;

    @Option(
            names = "--out",
            paramLabel = "目录",
            defaultValue = "input-templates",
            description = "模板保存的文件夹（默认：${DEFAULT-VALUE}）。")
    Path out;

    @Option(names = "--force", description = "已有同名但内容不同的文件时，覆盖它。")
    boolean force;

    @Option(
            names = "--framework",
            paramLabel = "NAME|FILE",
            description =
                    "按哪个指标体系生成：内置名称（selfeval framework list）或指标体系工作簿（默认：guangzhou-2023）。"
                            + "非默认指标体系的模板文件名带上指标体系名称。项目指标体系（如 project-caiyu-2020）生成项目支出绩效自评模板。")
    String framework;

    @Override
    public Integer call() throws IOException {
        if (ProjectFrameworkSource.isProject(framework)) {
            ProjectFramework project;
            try {
                project = ProjectFrameworkSource.resolve(framework);
            } catch (FrameworkException e) {
                spec.commandLine().getErr().println(e.getMessage());
                return ExitCodes.USAGE;
            }
            return write(
                    out.resolve(ProjectTemplateWriter.fileName(project)),
                    new ProjectTemplateWriter(project).bytes());
        }
        Framework chosen;
        try {
            chosen = FrameworkSource.resolve(framework, ScoringMethods.standard().names());
        } catch (FrameworkException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return ExitCodes.USAGE;
        }
        int template =
                write(
                        out.resolve(TemplateWriter.fileName(chosen)),
                        new TemplateWriter(chosen).bytes());
        // the bureau's blank 部门名单 (roster) goes beside it
        int roster = write(out.resolve(RosterFiles.FILE_NAME), RosterTemplate.bytes());
        return Math.max(template, roster);
    }

    private int write(Path target, byte[] bytes) throws IOException {
        if (Files.exists(target)) {
            if (sameContent(target, bytes)) {
                spec.commandLine().getOut().println("模板已是最新，无需更新：" + target);
                return ExitCodes.OK;
            }
            if (!force) {
                spec.commandLine()
                        .getErr()
                        .println(
                                "文件已存在且内容与当前模板不同，未覆盖："
                                        + target
                                        + "。如确需用新模板覆盖（原文件中填写的内容将丢失），请加 --force；或用 --out 指定其他文件夹。");
                return ExitCodes.FAILED;
            }
        }
        AtomicFiles.write(target, bytes);
        spec.commandLine().getOut().println("已生成模板：" + target);
        return ExitCodes.OK;
    }

    /**
     * Compares content, not bytes: xlsx zip entries carry timestamps. An unreadable file counts as
     * different.
     */
    private static boolean sameContent(Path existing, byte[] fresh) {
        try {
            return WorkbookSnapshot.of(existing).equals(WorkbookSnapshot.of(fresh));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
