package org.selfeval.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.selfeval.batch.BatchFolders;
import org.selfeval.batch.BatchRun;
import org.selfeval.batch.PipelineFactory;
import org.selfeval.batch.ProjectPipeline;
import org.selfeval.batch.Rounds;
import org.selfeval.batch.RunLock;
import org.selfeval.batch.RunLog;
import org.selfeval.batch.Schedule;
import org.selfeval.batch.Settler;
import org.selfeval.batch.StopSignal;
import org.selfeval.batch.TimeLimit;
import org.selfeval.evaluate.config.ConfigException;
import org.selfeval.evaluate.config.ConfigLoader;
import org.selfeval.framework.FrameworkSource;
import org.selfeval.framework.ProjectFrameworkSource;
import org.selfeval.pipeline.Pipeline;
import org.selfeval.publish.Manifest;
import org.selfeval.publish.ProgramVersion;
import org.selfeval.publish.RecordDamaged;
import org.selfeval.publish.TempFileSweeper;
import org.selfeval.publish.pdf.PdfCopies;
import org.selfeval.summary.SummaryWording;
import org.selfeval.summary.roster.Roster;
import org.selfeval.summary.roster.RosterException;
import org.selfeval.summary.roster.RosterFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code selfeval run}: the nightly job over the inbox. Thin: the work is in {@link BatchRun}. */
@Command(
        name = "run",
        sortOptions = false,
        description = {
            "处理收件文件夹中的全部提交，报告写入 输出文件夹/<年度>/<部门名称>/。",
            "生成报告的提交移入 归档文件夹/<日期>/；",
            "存在错误或无法读取的移入 失败文件夹/<日期>/，旁附校验报告和 .原因.txt。",
            "内容完全相同的重复提交不再转换；内容有变化的生成新版本（…-v2.docx），",
            "旧版本保留。同一收件文件夹、同一输出文件夹同时只允许一个 run 运行。",
            "只含一份提交的 .zip 会被解开读取；其他格式的文件（.ods .et .docx .pdf 等）",
            "移入失败文件夹并说明原因。",
            "汇总表：输出文件夹/<年度>/汇总.csv 和 汇总.xlsx。"
        },
        synopsisHeading = "用法：",
        optionListHeading = "%n选项：%n",
        exitCodeListHeading = "%n退出码：%n",
        exitCodeList = {
            "0:全部提交均已生成报告（或没有新提交）",
            "1:有提交存在错误、无法读取或处理超时（已移入失败文件夹）",
            "2:用法或配置错误（参数不对、收件文件夹不存在、文件夹无法创建或写入、配置文件有误、处理记录损坏）",
            "3:程序内部错误或输出无法写入（如磁盘已满）：提交留在收件文件夹，下次运行时重试，详情见日志",
            "4:另一个 run 正在处理同一收件文件夹或输出文件夹，本次未处理"
        })
public final class RunCommand implements Callable<Integer> {

    private final PipelineFactory factory;
    private final Clock clock;
    private final Settler.Sleeper sleeper;
    private final StopSignal stop;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @picocli.CommandLine.Mixin HelpOption helpOption;

    @Option(names = "--inbox", paramLabel = "DIR", description = "收件文件夹（默认：inbox）")
    Path inbox = Path.of("inbox");

    @Option(names = "--out", paramLabel = "DIR", description = "输出文件夹（默认：output）")
    Path out = Path.of("output");

    @Option(names = "--archive", paramLabel = "DIR", description = "归档文件夹（默认：archive）")
    Path archive = Path.of("archive");

    @Option(names = "--failed", paramLabel = "DIR", description = "失败文件夹（默认：failed）")
    Path failed = Path.of("failed");

    @Option(names = "--threads", paramLabel = "N", description = "并行转换的线程数（默认：本机处理器核数）")
    Integer threads;

    @Option(
            names = "--settle",
            paramLabel = "SECONDS",
            defaultValue = "5",
            description = "文件大小或修改时间在这段时间内有变化的，视为仍在复制，留待下一轮（默认：${DEFAULT-VALUE} 秒）")
    long settleSeconds;

    @Option(
            names = "--timeout",
            paramLabel = "SECONDS",
            defaultValue = "300",
            description = "单份提交的处理时限，超时的放弃处理、移入失败文件夹并注明原因，其余提交继续（默认：${DEFAULT-VALUE} 秒）")
    long timeoutSeconds;

    @Option(names = "--init", description = "首次部署时使用：收件文件夹不存在时创建它（以及输出、归档、失败文件夹）")
    boolean init;

    @CommandLine.ArgGroup(exclusive = true)
    Mode mode = new Mode();

    @Option(
            names = "--interval",
            paramLabel = "SECONDS",
            defaultValue = "60",
            description = "--watch 模式下两轮之间的间隔（默认：${DEFAULT-VALUE} 秒）")
    long intervalSeconds;

    @CommandLine.Mixin EvaluationOptions evaluation;

    @CommandLine.Mixin ReportOptions report;

    @Option(
            names = "--roster",
            paramLabel = "FILE",
            description = "部门名单（默认：收件文件夹旁的 " + RosterFiles.FILE_NAME + "，没有则汇总表只列出已报送的部门）")
    Path roster;

    static final class Mode {
        @Option(names = "--once", description = "处理一轮后退出（默认）")
        boolean once;

        @Option(
                names = "--watch",
                description = "持续运行，每隔 --interval 秒检查一次收件文件夹；Ctrl+C 或 SIGTERM 时处理完当前提交后退出")
        boolean watch;

        @Option(
                names = "--daily-at",
                paramLabel = "HH:MM",
                description = "持续运行，每天在该时间处理一轮（供无法使用 cron 或任务计划的环境）")
        String dailyAt;
    }

    /** The command as the installed program runs it. */
    public RunCommand() {
        this(
                PipelineWiring::create,
                Clock.systemDefaultZone(),
                d -> Thread.sleep(d.toMillis()),
                new StopSignal());
    }

    /** For tests: fake stages, a fixed clock, a sleeper that changes files instead of waiting. */
    public RunCommand(PipelineFactory factory, Clock clock, Settler.Sleeper sleeper) {
        this(factory, clock, sleeper, new StopSignal());
    }

    /** For tests of --watch: {@code stop} plays the part of SIGTERM. */
    public RunCommand(
            PipelineFactory factory, Clock clock, Settler.Sleeper sleeper, StopSignal stop) {
        this.factory = factory;
        this.clock = clock;
        this.sleeper = sleeper;
        this.stop = stop;
    }

    @Override
    @SuppressWarnings("try") // the locks are held by the try blocks, not used in them
    public Integer call() throws IOException, InterruptedException {
        Schedule schedule = schedule();
        int threadCount = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (threadCount < 1) throw usage("--threads 必须是正整数，例如 --threads 2");
        if (settleSeconds < 0) throw usage("--settle 不能为负数");
        if (timeoutSeconds < 1) throw usage("--timeout 必须至少为 1 秒，例如 --timeout 300");
        checkFile(evaluation.config(), "--config");
        checkFile(report.style(), "--style");
        checkFile(roster, "--roster");
        PrintWriter err = spec.commandLine().getErr();
        BatchFolders folders = new BatchFolders(inbox, out, archive, failed);
        List<Path> missing =
                Stream.of(folders.inbox(), folders.out(), folders.archive(), folders.failed())
                        .filter(f -> !Files.exists(f))
                        .toList();
        try {
            folders.create(init);
        } catch (BatchFolders.UnusableFolderException e) {
            err.println(e.getMessage());
            return ExitCodes.USAGE;
        }
        for (Path f : missing) err.println("已创建文件夹：" + f);
        // the inbox first: two runs with different --out must not both take its files
        Optional<RunLock> inboxLock = RunLock.tryAcquire(folders.inbox());
        if (inboxLock.isEmpty()) return locked(err, "收件文件夹", folders.inbox());
        try (RunLock heldInbox = inboxLock.get()) {
            Optional<RunLock> outLock = RunLock.tryAcquire(folders.out());
            if (outLock.isEmpty()) return locked(err, "输出文件夹", folders.out());
            try (RunLock heldOut = outLock.get();
                    RunLog log = RunLog.open(folders.out(), err, clock)) {
                // library logging (stack traces included) goes to the log file; the console keeps
                // the progress lines
                RunLog.StderrInLog quiet = log.stderrInLog();
                try {
                    return runLocked(folders, schedule, threadCount, log);
                } finally {
                    quiet.close();
                }
            }
        }
    }

    private static int locked(PrintWriter err, String what, Path folder) {
        err.println(
                "另一个 selfeval run 正在处理"
                        + what
                        + " "
                        + folder
                        + "（锁文件 "
                        + RunLock.FILE_NAME
                        + "），本次不处理，直接退出。请等它结束后再运行。");
        return ExitCodes.LOCKED;
    }

    private int runLocked(BatchFolders folders, Schedule schedule, int threadCount, RunLog log)
            throws IOException, InterruptedException {
        Pipeline pipeline;
        ProjectConversions projects;
        Manifest manifest;
        String framework = frameworkFor(folders);
        log.folders(folders);
        Roster departments;
        try {
            ConfigInEffect config =
                    new ConfigInEffect(
                            configFor(folders),
                            PipelineWiring.framework(framework),
                            PipelineWiring.wording(framework) != null);
            log.progress(config.line());
            pipeline = factory.create(config.file(), report.style(), framework);
            String projectFramework = projectFrameworkFor(evaluation, folders);
            projects = ProjectConversions.create(projectFramework, report.style(), clock);
            log.progress(projects.line(projectFramework));
            departments = RosterFiles.load(roster, folders.inbox());
            manifest = Manifest.load(folders.out());
        } catch (ConfigException e) {
            log.error("配置有误：" + e.getMessage(), e);
            return ExitCodes.USAGE;
        } catch (RecordDamaged e) {
            log.error(e.line(RecordCommand.rebuildCommand(folders)), e);
            return ExitCodes.USAGE;
        } catch (RosterException e) {
            log.error(e.getMessage(), e);
            return ExitCodes.USAGE;
        } catch (RuntimeException | IOException e) {
            log.error("无法启动：" + e.getMessage(), e);
            return ExitCodes.INTERNAL;
        }
        log.detail("开始：线程 " + threadCount + "，程序版本 " + ProgramVersion.current());
        for (var e : manifest.completedOnLoad()) {
            log.progress(
                    "上次运行中断时已移入归档或失败文件夹、尚未记录结论的提交，已补记："
                            + e.source()
                            + "（"
                            + e.status().label()
                            + "）");
        }
        // named like the configuration, also when there is none: a missing roster explains a
        // summary without 未报送
        log.progress(departments.announcement());
        sweepOrphans(folders, log);
        try (manifest;
                PdfCopies pdfs = PdfCopies.open(report.pdf(), log::progress)) {
            return rounds(
                    pipeline,
                    projects.pipeline(),
                    manifest,
                    departments,
                    folders,
                    schedule,
                    threadCount,
                    log,
                    pdfs);
        }
    }

    private int rounds(
            Pipeline pipeline,
            ProjectPipeline projects,
            Manifest manifest,
            Roster departments,
            BatchFolders folders,
            Schedule schedule,
            int threadCount,
            RunLog log,
            PdfCopies pdfs)
            throws IOException, InterruptedException {
        // said in the log once the first look is taken: what an operator (or a test) sees while the
        // run waits
        Settler.Sleeper told =
                d -> {
                    log.detail("等待 " + d.toSeconds() + " 秒，确认收件文件夹中的文件已复制完成");
                    sleeper.sleep(d);
                };
        BatchRun run =
                new BatchRun(
                                pipeline,
                                folders,
                                manifest,
                                new Settler(Duration.ofSeconds(settleSeconds), told),
                                threadCount,
                                clock,
                                log,
                                new TimeLimit(Duration.ofSeconds(timeoutSeconds)),
                                departments)
                        .afterPublishing(pdfs::of)
                        .withProjects(projects)
                        .wordedBy(
                                new SummaryWording(PipelineWiring.wording(frameworkFor(folders))));
        Thread hook =
                new Thread(
                        () -> {
                            stop.requestStop();
                            try {
                                stop.awaitFinished(Duration.ofMinutes(10));
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                        },
                        "selfeval-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return ExitCodes.of(new Rounds(run, schedule, stop, clock, log).runAll());
        } finally {
            stop.markFinished();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: it is waiting for markFinished above
            }
        }
    }

    /**
     * Temp files of a run that was killed while writing: hidden and harmless, removed so they do
     * not pile up.
     */
    private void sweepOrphans(BatchFolders folders, RunLog log) {
        try {
            for (Path p :
                    TempFileSweeper.sweep(
                            clock.instant(), folders.out(), folders.archive(), folders.failed())) {
                log.detail("已删除上次中断时遗留的临时文件：" + p);
            }
        } catch (IOException e) {
            log.detail("清理遗留临时文件时出错（不影响本次处理）：" + e);
        }
    }

    private Schedule schedule() {
        if (mode.watch) {
            if (intervalSeconds < 1) throw usage("--interval 必须至少为 1 秒");
            return new Schedule.Watch(Duration.ofSeconds(intervalSeconds));
        }
        if (mode.dailyAt != null) {
            try {
                return new Schedule.Daily(
                        LocalTime.parse(
                                mode.dailyAt.length() == 4 ? "0" + mode.dailyAt : mode.dailyAt));
            } catch (DateTimeParseException e) {
                throw usage("--daily-at 的时间格式应为 HH:MM，例如 --daily-at 02:00；收到的是 " + mode.dailyAt);
            }
        }
        return new Schedule.Once();
    }

    private void checkFile(Path file, String option) {
        if (file != null && !Files.isRegularFile(file)) throw usage(option + " 指定的文件不存在：" + file);
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    /**
     * --framework when given, else a bureau's 指标体系.xlsx next to the inbox (the config line names
     * its file), else null.
     */
    private String frameworkFor(BatchFolders folders) {
        return frameworkFor(evaluation, folders);
    }

    static String frameworkFor(EvaluationOptions evaluation, BatchFolders folders) {
        if (evaluation.framework() != null) return evaluation.framework();
        return FrameworkSource.nearby(folders.inbox().toAbsolutePath().getParent())
                .map(Path::toString)
                .orElse(null);
    }

    /**
     * --framework when it names a project framework, else a bureau's 项目指标体系.xlsx next to the inbox
     * (as {@link #frameworkFor} finds its 指标体系.xlsx), else null: the built-in national table.
     */
    static String projectFrameworkFor(EvaluationOptions evaluation, BatchFolders folders) {
        if (ProjectFrameworkSource.isProject(evaluation.framework())) return evaluation.framework();
        return ProjectFrameworkSource.nearby(folders.inbox().toAbsolutePath().getParent())
                .map(Path::toString)
                .orElse(null);
    }

    /**
     * --config when given, else a bureau's selfeval.properties placed next to the inbox (null: the
     * built-in default).
     */
    private Path configFor(BatchFolders folders) {
        return configFor(evaluation, folders);
    }

    static Path configFor(EvaluationOptions evaluation, BatchFolders folders) {
        if (evaluation.config() != null) return evaluation.config();
        return ConfigLoader.overrideIn(folders.inbox().toAbsolutePath().getParent()).orElse(null);
    }
}
