package org.selfeval.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.selfeval.batch.BatchFolders;
import org.selfeval.batch.IoProblem;
import org.selfeval.batch.PipelineFactory;
import org.selfeval.batch.RecordRebuild;
import org.selfeval.batch.RunLock;
import org.selfeval.batch.RunLog;
import org.selfeval.batch.TimeLimit;
import org.selfeval.evaluate.config.ConfigException;
import org.selfeval.pipeline.Pipeline;
import org.selfeval.pipeline.Status;
import org.selfeval.publish.Manifest;
import org.selfeval.publish.ManifestEntry;
import org.selfeval.publish.ProgramVersion;
import org.selfeval.publish.ProjectVerdict;
import org.selfeval.publish.RefusedFile;
import org.selfeval.summary.SummaryWriter;
import org.selfeval.summary.roster.Roster;
import org.selfeval.summary.roster.RosterException;
import org.selfeval.summary.roster.RosterFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code selfeval record rebuild}: the season's record rebuilt from output/, archive/ and failed/
 * after a loss.
 */
@Command(
        name = "record",
        sortOptions = false,
        description = {
            "处理记录（输出文件夹中的 " + Manifest.FILE_NAME + "）的维护。",
            "处理记录损坏或丢失时：selfeval record rebuild 从归档、失败和输出文件夹重建它，",
            "再重写汇总表和 " + Manifest.EXPORT_FILE + "。"
        },
        synopsisHeading = "用法：",
        commandListHeading = "%n命令：%n",
        subcommands = {RecordCommand.Rebuild.class})
public final class RecordCommand implements Runnable {

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin HelpOption helpOption;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * The command that repairs the record of these folders, as told in the message of a damaged
     * record.
     */
    public static String rebuildCommand(BatchFolders folders) {
        return "selfeval record rebuild --inbox "
                + quoted(folders.inbox())
                + " --out "
                + quoted(folders.out())
                + " --archive "
                + quoted(folders.archive())
                + " --failed "
                + quoted(folders.failed());
    }

    /**
     * The command that repairs the record in {@code out}, as {@code status} tells it: with the
     * folders the last run on it used (its log names them), else the run's defaults resolved here;
     * every folder absolute, so it works pasted anywhere.
     */
    public static String rebuildCommand(Path inbox, Path out) {
        Path at = out.toAbsolutePath().normalize();
        return rebuildCommand(
                RunLog.lastFolders(at)
                        .orElseGet(
                                () ->
                                        new BatchFolders(
                                                inbox, at, Path.of("archive"), Path.of("failed"))));
    }

    /** A path as it can be pasted into a shell. */
    private static String quoted(Path p) {
        String s = p.toString();
        return s.chars().anyMatch(Character::isWhitespace) ? "\"" + s + "\"" : s;
    }

    @Command(
            name = "rebuild",
            sortOptions = false,
            description = {
                "重新读取 归档文件夹 和 失败文件夹 中按日期存放的每份提交，",
                "与 输出文件夹 中已发布的报告对应，重建处理记录，并重写汇总表。",
                "原有的处理记录（无论是否损坏）改名保留，不会删除；不移动任何提交，不改写任何报告。",
                "请使用与 run 相同的 --config / --framework。"
            },
            synopsisHeading = "用法：",
            optionListHeading = "%n选项：%n",
            exitCodeListHeading = "%n退出码：%n",
            exitCodeList = {"0:已重建", "2:用法或配置错误", "3:读写出错（详情见提示）", "4:有 run 正在使用该输出文件夹"})
    public static final class Rebuild implements Callable<Integer> {

        private static final DateTimeFormatter STAMP =
                DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

        private final PipelineFactory factory;
        private final Clock clock;

        @CommandLine.Spec CommandLine.Model.CommandSpec spec;

        @CommandLine.Mixin HelpOption helpOption;

        @Option(
                names = "--inbox",
                paramLabel = "DIR",
                description = "收件文件夹，用于查找旁边的配置和部门名单（默认：inbox）")
        Path inbox = Path.of("inbox");

        @Option(names = "--out", paramLabel = "DIR", description = "输出文件夹（默认：output）")
        Path out = Path.of("output");

        @Option(names = "--archive", paramLabel = "DIR", description = "归档文件夹（默认：archive）")
        Path archive = Path.of("archive");

        @Option(names = "--failed", paramLabel = "DIR", description = "失败文件夹（默认：failed）")
        Path failed = Path.of("failed");

        @Option(
                names = "--roster",
                paramLabel = "FILE",
                description = "部门名单（默认：收件文件夹旁的 " + RosterFiles.FILE_NAME + "）")
        Path roster;

        @CommandLine.Mixin EvaluationOptions evaluation;

        Rebuild() {
            this(PipelineWiring::create, Clock.systemDefaultZone());
        }

        /** For tests: fake stages and a fixed clock. */
        public Rebuild(PipelineFactory factory, Clock clock) {
            this.factory = factory;
            this.clock = clock;
        }

        @Override
        @SuppressWarnings("try") // the lock is held by the try block
        public Integer call() throws InterruptedException {
            PrintWriter err = spec.commandLine().getErr();
            BatchFolders folders = new BatchFolders(inbox, out, archive, failed);
            // a mistyped folder would rebuild an empty record and set the real one aside
            for (Path folder : List.of(folders.archive(), folders.failed())) {
                if (!Files.isDirectory(folder)) {
                    err.println(
                            (folder.equals(folders.archive()) ? "归档文件夹 " : "失败文件夹 ")
                                    + folder
                                    + " 不存在：请检查 "
                                    + (folder.equals(folders.archive()) ? "--archive" : "--failed")
                                    + " 的路径（应与 run 使用的相同）。未改动任何文件。");
                    return ExitCodes.USAGE;
                }
            }
            try {
                Files.createDirectories(folders.out());
                Optional<RunLock> lock = RunLock.tryAcquire(folders.out());
                if (lock.isEmpty()) {
                    err.println("有 selfeval run 正在使用输出文件夹 " + folders.out() + "，请等它结束后再重建处理记录。");
                    return ExitCodes.LOCKED;
                }
                try (RunLock held = lock.get();
                        RunLog log = RunLog.open(folders.out(), err, clock)) {
                    // library logging (a damaged workbook's warnings, stack traces) goes to the
                    // log file; the console keeps one line per submission
                    RunLog.StderrInLog quiet = log.stderrInLog();
                    try {
                        log.detail("重建处理记录：" + folders.out().toAbsolutePath());
                        return rebuild(folders, log);
                    } catch (ConfigException | RosterException e) {
                        log.progress("配置有误：" + e.getMessage());
                        return ExitCodes.USAGE;
                    } catch (IOException e) {
                        log.error("重建处理记录失败：" + IoProblem.describe(e) + "。原有文件未删除，请处理后重新运行", e);
                        return ExitCodes.INTERNAL;
                    } finally {
                        quiet.close();
                    }
                }
            } catch (IOException e) {
                err.println(
                        "无法重建处理记录：输出文件夹 "
                                + folders.out()
                                + " 无法写入（"
                                + e.getMessage()
                                + "）。原有文件未删除，请处理后重新运行。");
                return ExitCodes.INTERNAL;
            }
        }

        private int rebuild(BatchFolders folders, RunLog log)
                throws IOException, InterruptedException, RosterException {
            Pipeline pipeline =
                    factory.create(
                            RunCommand.configFor(evaluation, folders),
                            null,
                            RunCommand.frameworkFor(evaluation, folders));
            Roster departments = RosterFiles.load(roster, folders.inbox());
            RecordRebuild rebuild =
                    new RecordRebuild(
                                    pipeline,
                                    folders,
                                    new TimeLimit(TimeLimit.DEFAULT),
                                    log::progress)
                            .withProjects(
                                    ProjectConversions.create(
                                                    RunCommand.projectFrameworkFor(
                                                            evaluation, folders),
                                                    null,
                                                    clock)
                                            .pipeline());
            List<ManifestEntry> entries = rebuild.entries();
            List<ProjectVerdict> projects = rebuild.projects();
            List<RefusedFile> refused = rebuild.refused(entries, departments);
            setAside(folders.out(), log);
            try (Manifest rebuilt =
                    Manifest.create(folders.out(), entries, projects, ProgramVersion.current())) {
                for (RefusedFile r : refused) rebuilt.addRefused(r);
                rebuilt.export();
            }
            List<Path> summaries =
                    SummaryWriter.write(
                            folders.out(),
                            entries,
                            refused,
                            projects,
                            departments,
                            PipelineWiring.wording(RunCommand.frameworkFor(evaluation, folders)));
            log.progress(
                    "已重建处理记录 "
                            + folders.out().resolve(Manifest.FILE_NAME)
                            + "：共 "
                            + entries.size()
                            + " 条（报告已生成 "
                            + count(entries, Status.CONVERTED)
                            + "，存在错误 "
                            + count(entries, Status.BLOCKED)
                            + "，无法读取 "
                            + count(entries, Status.UNREADABLE)
                            + "），另有收到后未能处理的文件 "
                            + refused.size()
                            + " 个"
                            + (projects.isEmpty() ? "" : "，项目支出绩效自评表 " + projects.size() + " 个")
                            + "；已重写汇总表 "
                            + summaries.size()
                            + " 个文件。");
            return ExitCodes.OK;
        }

        /**
         * The old record (database with its journal, an old CSV manifest) renamed, never deleted.
         */
        private void setAside(Path out, RunLog log) throws IOException {
            String stamp = ".重建前-" + LocalDateTime.now(clock).format(STAMP);
            for (String name :
                    List.of(
                            Manifest.FILE_NAME,
                            Manifest.FILE_NAME + "-wal",
                            Manifest.FILE_NAME + "-shm",
                            Manifest.LEGACY_FILE)) {
                Path file = out.resolve(name);
                if (!Files.exists(file)) continue;
                Path kept = out.resolve(name + stamp);
                Files.move(file, kept, StandardCopyOption.ATOMIC_MOVE);
                log.progress("原有记录文件已改名保留：" + kept);
            }
        }

        private static long count(List<ManifestEntry> entries, Status status) {
            return entries.stream().filter(e -> e.status() == status).count();
        }
    }
}
