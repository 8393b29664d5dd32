package org.selfeval.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.selfeval.batch.ProjectPipeline;
import org.selfeval.bench.BenchReport;
import org.selfeval.bench.InputPool;
import org.selfeval.bench.MemoryWatch;
import org.selfeval.bench.PdfTimes;
import org.selfeval.bench.ProjectRun;
import org.selfeval.bench.ProjectTableGenerator;
import org.selfeval.bench.RunFigures;
import org.selfeval.bench.StartupProbe;
import org.selfeval.bench.SubmissionGenerator;
import org.selfeval.bench.ThroughputRun;
import org.selfeval.bench.TimedStages;
import org.selfeval.framework.BuiltInProjectFrameworks;
import org.selfeval.framework.ProjectFramework;
import org.selfeval.publish.FolderTrees;
import org.selfeval.template.ProjectTemplateWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code selfeval bench}: generates N distinct submissions with a fixed seed, runs the nightly
 * batch over them in this JVM once per thread count, checks that every thread count publishes the
 * same bytes, and measures the start-up of a fresh process converting one workbook. Writes {@code
 * <out>/bench-results.md}.
 */
@Command(
        name = "bench",
        sortOptions = false,
        description = {
            "性能测试：用固定随机种子生成 N 份不同的自评表，在本进程内按 run 的流程批量转换，",
            "报告每秒份数、单份耗时 p50/p95、读取/校验评分/生成 Word/发布的耗时、内存峰值，",
            "并检查不同线程数的输出逐字节相同；另外测量新进程从启动到写出第一份报告的时间。",
            "结果写入 输出文件夹/bench-results.md。"
        },
        synopsisHeading = "用法：",
        optionListHeading = "%n选项：%n")
public final class BenchCommand implements Callable<Integer> {

    /**
     * Every document and log line is stamped with this instant, so runs can be compared byte for
     * byte.
     */
    private static final Instant FIXED = Instant.parse("2024-03-31T02:00:00Z");

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin HelpOption helpOption;

    @Option(
            names = "--departments",
            paramLabel = "N",
            defaultValue = "100",
            description = "生成并转换的提交份数（默认：${DEFAULT-VALUE}）")
    int departments;

    @Option(
            names = "--threads",
            paramLabel = "N[,N…]",
            split = ",",
            description = "转换线程数，可列出多个依次测量，如 1,2（默认：1 和本机处理器核数）")
    List<Integer> threads;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            defaultValue = "bench-out",
            description = "工作文件夹（默认：${DEFAULT-VALUE}）")
    Path out;

    @Option(
            names = "--seed",
            paramLabel = "S",
            defaultValue = "20231231",
            description = "随机种子（默认：${DEFAULT-VALUE}）")
    long seed;

    @Option(
            names = "--warmup",
            paramLabel = "N",
            defaultValue = "40",
            description = "正式测量前预热转换的份数（默认：${DEFAULT-VALUE}）")
    int warmup;

    @Option(
            names = "--startup-runs",
            paramLabel = "N",
            defaultValue = "3",
            description = "启动时间测量次数，0 表示不测（默认：${DEFAULT-VALUE}）")
    int startupRuns;

    @Option(
            names = "--pdf-documents",
            paramLabel = "N",
            defaultValue = "6",
            description =
                    "测量 PDF 时间所用的报告份数（每份启动一次 LibreOffice 与常驻进程池对比），0 表示不测（默认：${DEFAULT-VALUE}）")
    int pdfDocuments;

    @Option(
            names = "--projects",
            paramLabel = "N",
            defaultValue = "0",
            description =
                    "另外生成 N 个项目支出绩效自评表（每个工作簿 3 个项目，其中约六成无问题、两成按评分规则封顶、两成未达标缺偏差原因），按 convert 的流程测量（默认 0：不测）")
    int projects;

    @Option(
            names = "--launcher",
            paramLabel = "FILE",
            defaultValue = "selfeval",
            description = "测量启动时间所用的启动脚本（默认：当前目录的 ${DEFAULT-VALUE}）")
    Path launcher;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        int cores = Runtime.getRuntime().availableProcessors();
        if (departments < 1) throw usage("--departments 必须是正整数，例如 --departments 100");
        if (projects < 0) throw usage("--projects 必须是非负整数，例如 --projects 90");
        List<Integer> threadCounts =
                threads == null || threads.isEmpty()
                        ? (cores > 1 ? List.of(1, cores) : List.of(1))
                        : threads;
        for (int t : threadCounts) if (t < 1) throw usage("--threads 必须是正整数，例如 --threads 1,2");
        Path work = out.toAbsolutePath().normalize();
        Files.createDirectories(work);

        BenchReport report = new BenchReport().machine(machine(cores));
        long genStart = System.nanoTime();
        InputPool pool = InputPool.prepare(work.resolve("inputs"), departments, seed, cores);
        double genSeconds = (System.nanoTime() - genStart) / 1e9;
        SubmissionGenerator generator = new SubmissionGenerator(seed);
        long blocked = 0;
        long warned = 0;
        for (int i = 0; i < departments; i++) {
            SubmissionGenerator.Kind k = generator.kind(i);
            if (k == SubmissionGenerator.Kind.BLOCKED) blocked++;
            if (k == SubmissionGenerator.Kind.WITH_WARNINGS) warned++;
        }
        report.line(
                String.format(
                        Locale.ROOT,
                        "提交：%d 份（种子 %d；其中预期有警告 %d 份、被错误阻断 %d 份），生成/复用耗时 %.1f 秒。%n",
                        departments,
                        seed,
                        warned,
                        blocked,
                        genSeconds));
        err.println(report);

        Clock clock = Clock.fixed(FIXED, ZoneId.of("Asia/Shanghai"));
        ThroughputRun runner =
                new ThroughputRun(
                        times ->
                                PipelineWiring.create(
                                        null,
                                        null,
                                        null,
                                        clock,
                                        (r, e, s) ->
                                                TimedStages.pipeline(
                                                        r, e, s, times, PipelineWiring::formats)),
                        clock);
        List<RunFigures> runs = new ArrayList<>();
        try (MemoryWatch memory = MemoryWatch.start()) {
            if (warmup > 0)
                runner.run(
                        pool,
                        Math.min(warmup, departments),
                        threadCounts.get(threadCounts.size() - 1),
                        work.resolve("warmup"));
            for (int t : threadCounts) {
                RunFigures r = runner.run(pool, departments, t, work.resolve("run-" + t));
                runs.add(r);
                err.println(
                        String.format(
                                Locale.ROOT,
                                "线程 %d：%d 份，%.1f 份/秒，CPU %.1f ms/份，p50 %.1f ms，p95 %.1f ms",
                                t,
                                r.processed(),
                                r.perSecond(),
                                r.cpuMillisPerSubmission(),
                                r.p50Millis(),
                                r.p95Millis()));
            }
            report.runs(runs, cores);
            boolean identical = runs.stream().map(r -> r.digest().sha256()).distinct().count() == 1;
            report.line(
                    "不同线程数的输出"
                            + (identical ? "逐字节相同" : "**不相同**")
                            + "（比较全部 .docx 和汇总 .csv 的 SHA-256）。");
            report.line("");
            report.line(
                    "内存：堆峰值 "
                            + BenchReport.mib(memory.peakHeap())
                            + "（上限 -Xmx "
                            + BenchReport.mib(memory.maxHeap())
                            + "），全部运行结束并 GC 后仍占用 "
                            + BenchReport.mib(memory.liveHeapAfterGc())
                            + "；进程 RSS 峰值（VmHWM）"
                            + BenchReport.mib(MemoryWatch.peakRss())
                            + "。");
            report.line("");
            if (!identical) {
                err.println(report);
                err.println("不同线程数的输出不一致！");
                return ExitCodes.FAILED;
            }
        }
        if (projects > 0) projects(report, threadCounts, cores, work, err);
        if (startupRuns > 0) startup(report, pool, generator, work);
        if (pdfDocuments > 0) pdf(report, work.resolve("run-" + threadCounts.get(0)), work, err);
        Path results = work.resolve("bench-results.md");
        Files.writeString(results, report.toString(), StandardCharsets.UTF_8);
        err.println(report);
        err.println("结果已写入 " + results);
        return ExitCodes.OK;
    }

    /**
     * The project tables: generated from the project template, converted as convert does, once per
     * thread count; every thread count must publish the same bytes.
     */
    private void projects(
            BenchReport report, List<Integer> threadCounts, int cores, Path work, PrintWriter err)
            throws IOException, InterruptedException {
        ProjectFramework framework = BuiltInProjectFrameworks.defaultFramework();
        ProjectTableGenerator generator =
                new ProjectTableGenerator(
                        seed, framework, k -> new ProjectTemplateWriter(framework).build(k));
        Path inputs = work.resolve("project-inputs");
        FolderTrees.delete(inputs);
        Files.createDirectories(inputs);
        int books = (projects + PROJECTS_PER_WORKBOOK - 1) / PROJECTS_PER_WORKBOOK;
        List<Path> workbooks = new ArrayList<>();
        long genStart = System.nanoTime();
        for (int i = 0; i < books; i++) {
            int here = Math.min(PROJECTS_PER_WORKBOOK, projects - i * PROJECTS_PER_WORKBOOK);
            workbooks.add(
                    Files.write(
                            inputs.resolve(String.format(Locale.ROOT, "%05d-projects.xlsx", i)),
                            generator.xlsx(i, here)));
        }
        long capped = 0, missed = 0;
        for (int p = 0; p < projects; p++) {
            if (ProjectTableGenerator.kind(p) == ProjectTableGenerator.Kind.CAPPED) capped++;
            if (ProjectTableGenerator.kind(p) == ProjectTableGenerator.Kind.MISSED_TARGET) missed++;
        }
        report.line(
                String.format(
                        Locale.ROOT,
                        "### 项目支出绩效自评表%n%n项目：%d 个，%d 个工作簿（种子 %d；其中按评分规则封顶 %d 个、未达标缺偏差原因 %d 个），生成耗时 %.1f 秒。%n",
                        projects,
                        books,
                        seed,
                        capped,
                        missed,
                        (System.nanoTime() - genStart) / 1e9));
        ProjectPipeline pipeline =
                ProjectConversions.create(
                                framework.name(),
                                null,
                                Clock.fixed(FIXED, ZoneId.of("Asia/Shanghai")))
                        .pipeline();
        if (warmup > 0)
            ProjectRun.run(
                    pipeline,
                    workbooks.subList(
                            0,
                            Math.min(
                                    workbooks.size(), Math.max(1, warmup / PROJECTS_PER_WORKBOOK))),
                    threadCounts.get(threadCounts.size() - 1),
                    work.resolve("project-warmup"));
        List<ProjectRun.Figures> runs = new ArrayList<>();
        for (int t : threadCounts) {
            ProjectRun.Figures r =
                    ProjectRun.run(pipeline, workbooks, t, work.resolve("project-run-" + t));
            runs.add(r);
            err.println(
                    String.format(
                            Locale.ROOT,
                            "项目，线程 %d：%d 个，%.1f 个/秒，CPU %.1f ms/个",
                            t,
                            r.projects(),
                            r.perSecond(),
                            r.cpuMillisPerProject()));
        }
        report.projectRuns(runs, cores);
        boolean identical = runs.stream().map(r -> r.digest().sha256()).distinct().count() == 1;
        report.line("不同线程数的项目输出" + (identical ? "逐字节相同" : "**不相同**") + "（比较全部 .docx 的 SHA-256）。");
        report.line("");
        if (!identical) throw new IllegalStateException("不同线程数的项目输出不一致");
    }

    private static final int PROJECTS_PER_WORKBOOK = 3;

    /**
     * PDF time per document: LibreOffice started per document against the pool, on reports the run
     * wrote.
     */
    private void pdf(BenchReport report, Path runOutput, Path work, PrintWriter err)
            throws IOException {
        List<Path> reports;
        try (var files = Files.walk(runOutput)) {
            reports =
                    files.filter(
                                    f ->
                                            f.getFileName().toString().endsWith(".docx")
                                                    && !f.getFileName().toString().contains("校验报告"))
                            .sorted()
                            .limit(pdfDocuments)
                            .toList();
        }
        if (reports.isEmpty()) return;
        err.println("正在测量 PDF 时间（" + reports.size() + " 份报告，每份启动一次 LibreOffice 与常驻进程池各转换一遍）……");
        Optional<PdfTimes> times = PdfTimes.measure(reports, work);
        report.line(times.map(PdfTimes::markdown).orElse("PDF：未测量（未找到 LibreOffice）。"));
        report.line("");
    }

    /**
     * Spawns the launcher converting one clean workbook: without, then with the class-data archive.
     */
    private void startup(
            BenchReport report, InputPool pool, SubmissionGenerator generator, Path work)
            throws IOException, InterruptedException {
        Path script = launcher.toAbsolutePath().normalize();
        if (!Files.isExecutable(script)) {
            report.line("启动时间：未测量（找不到启动脚本 " + launcher + "，请在项目根目录运行或用 --launcher 指定）。");
            return;
        }
        int clean = 0;
        while (clean < pool.count() - 1 && generator.kind(clean) != SubmissionGenerator.Kind.CLEAN)
            clean++;
        Path one = pool.file(clean);
        Path archive = script.getParent().resolve("target").resolve("selfeval.jsa");
        Path log = work.resolve("startup.log");
        Path outDir = work.resolve("startup-out");
        List<String> command =
                List.of(script.toString(), "convert", one.toString(), "--out", outDir.toString());
        List<StartupProbe.Timing> cold = new ArrayList<>();
        List<StartupProbe.Timing> warm = new ArrayList<>();
        for (int i = 0; i < startupRuns; i++) {
            Files.deleteIfExists(archive);
            cold.add(StartupProbe.time(command, outDir, log));
        }
        // the last cold run left a fresh archive behind
        for (int i = 0; i < startupRuns; i++) warm.add(StartupProbe.time(command, outDir, log));
        report.line("启动时间（新进程转换一份，" + one.getFileName() + "，`" + launcher + " convert`）：");
        report.line("");
        report.line("| 情形 | 写出报告 ms（各次） | 最小 ms | 进程退出 ms（各次） | 最小 ms |");
        report.line("|---|---|---:|---|---:|");
        startupRow(report, "冷启动（无 CDS 归档，本次退出时生成）", cold);
        startupRow(report, "使用 CDS 归档", warm);
        report.line("");
    }

    private static void startupRow(
            BenchReport report, String label, List<StartupProbe.Timing> runs) {
        List<Long> first = runs.stream().map(StartupProbe.Timing::firstReport).toList();
        List<Long> exit = runs.stream().map(StartupProbe.Timing::exit).toList();
        report.line(
                "| "
                        + label
                        + " | "
                        + first
                        + " | "
                        + min(first)
                        + " | "
                        + exit
                        + " | "
                        + min(exit)
                        + " |");
    }

    private static long min(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).filter(v -> v >= 0).min().orElse(-1);
    }

    private static String machine(int cores) {
        long memKb = MemoryWatch.totalMemoryKilobytes();
        return "处理器核数 "
                + cores
                + "；内存 "
                + (memKb < 0
                        ? "—"
                        : String.format(Locale.ROOT, "%.1f GiB", memKb / 1024.0 / 1024.0))
                + "；Java "
                + System.getProperty("java.vm.version")
                + "（"
                + System.getProperty("java.vm.name")
                + "）；"
                + System.getProperty("os.name")
                + " "
                + System.getProperty("os.arch")
                + "；JVM 参数 "
                + String.join(
                        " ",
                        java.lang.management.ManagementFactory.getRuntimeMXBean()
                                .getInputArguments());
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
