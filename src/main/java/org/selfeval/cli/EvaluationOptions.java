package org.selfeval.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The options that decide how validate, convert and run audit and score: one definition, so the
 * three commands can never disagree about them. Only what is given here applies (for run also the
 * bureau's file next to the inbox); a selfeval.properties in the current folder is never picked up
 * silently.
 */
public final class EvaluationOptions {

    @Option(
            names = "--config",
            paramLabel = "FILE",
            description =
                    "校验和评分配置文件（UTF-8 的 键=值 文件）；不指定时用内置的广州市 2023 年框架"
                            + "（run 另会使用收件文件夹旁的 selfeval.properties）")
    Path config;

    @Option(
            names = "--framework",
            paramLabel = "NAME|FILE",
            description =
                    "指标体系：内置名称（selfeval framework list）或指标体系工作簿；不指定时用 guangzhou-2023"
                            + "（run 另会使用收件文件夹旁的 指标体系.xlsx）")
    String framework;

    /** The --config file, or null. */
    public Path config() {
        return config;
    }

    /** The --framework name or file, or null. */
    public String framework() {
        return framework;
    }
}
