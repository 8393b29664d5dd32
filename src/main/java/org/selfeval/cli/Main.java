package org.selfeval.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.selfeval.publish.ProgramVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code selfeval} command: lists the subcommands; each does one job. */
@Command(
        name = "selfeval",
        versionProvider = Main.Version.class,
        description = "部门整体支出绩效自评报告批量生成工具：读取填好的 Excel 模板，校验、评分，生成 Word 报告。",
        commandListHeading = "%n命令：%n",
        optionListHeading = "%n选项：%n",
        synopsisHeading = "用法：",
        footerHeading = "%n",
        footer = {
            "退出码：0 成功；1 有提交存在错误或无法读取；2 用法或配置错误；3 程序内部错误；4 另一个 run 正在运行。",
            "示例：selfeval convert input-templates/examples --out output"
        },
        subcommands = {
            BenchCommand.class,
            ConvertCommand.class,
            FrameworkCommand.class,
            RecordCommand.class,
            RunCommand.class,
            StatusCommand.class,
            TemplatesCommand.class,
            ValidateCommand.class,
        })
public final class Main implements Runnable {

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "显示本帮助并退出；各命令另有帮助：selfeval 命令 --help")
    boolean help;

    @CommandLine.Option(
            names = {"-V", "--version"},
            versionHelp = true,
            description = "显示版本并退出")
    boolean version;

    public static void main(String[] args) {
        if (Boolean.getBoolean(BoundedJvm.CHILD_PROPERTY)) ParentWatch.start();
        Optional<Integer> ranInChild = BoundedJvm.runInChild(args);
        if (ranInChild.isPresent()) System.exit(ranInChild.get());
        PlatformEncoding.useUtf8Console();
        PrivateTempFiles.installOrExplain();
        Optional<String> problem = PlatformEncoding.fileNameProblem();
        if (problem.isPresent() && !asksForHelp(args)) {
            System.err.println(problem.get());
            System.exit(ExitCodes.USAGE);
        }
        CommandLine cl = commandLine();
        PlatformEncoding.useConsoleWriters(cl);
        int code = cl.execute(args);
        CdsTraining.runIfAsked();
        System.exit(code);
    }

    /** Help and version touch no file, so they work in any locale. */
    private static boolean asksForHelp(String[] args) {
        return args.length == 0
                || Arrays.stream(args)
                        .anyMatch(a -> List.of("-h", "--help", "-V", "--version").contains(a));
    }

    /** The configured command line, also used by tests. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setParameterExceptionHandler(new UsageErrors());
        // picocli already answers bad usage with 2; an uncaught exception is an internal error (3),
        // told in Chinese on the console, with the stack trace only in the log.
        cl.setExecutionExceptionHandler(
                (ex, cmd, parsed) -> {
                    org.slf4j.LoggerFactory.getLogger(Main.class).error("程序内部错误", ex);
                    cmd.getErr().println("程序内部错误：" + ex.getMessage() + "（详情见日志）");
                    return ExitCodes.INTERNAL;
                });
        return cl;
    }

    /** The version the jar was built as (the one the manifest stores with each verdict). */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"selfeval " + ProgramVersion.current()};
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
