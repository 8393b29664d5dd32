package org.selfeval.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.selfeval.batch.BatchFolders;
import org.selfeval.batch.FolderParts;
import org.selfeval.batch.PipelineFactory;
import org.selfeval.batch.ProgressLine;
import org.selfeval.batch.RunLock;
import org.selfeval.batch.RunLog;
import org.selfeval.batch.SubmissionFinder;
import org.selfeval.batch.Tally;
import org.selfeval.batch.ZipSubmission;
import org.selfeval.evaluate.config.ConfigException;
import org.selfeval.ingest.SubmissionIdentity;
import org.selfeval.pipeline.Outcome;
import org.selfeval.pipeline.Pipeline;
import org.selfeval.pipeline.Status;
import org.selfeval.publish.Manifest;
import org.selfeval.publish.OutputWriter;
import org.selfeval.publish.ReportNames;
import org.selfeval.publish.SafeNames;
import org.selfeval.publish.pdf.PdfCopies;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code selfeval convert}: converts the given submissions once into {@code <out>/<年度>/<部门名称>/}.
 * Inputs are only read, never moved. When several inputs of one call belong to the same
 * department-year, each of their files carries its source's name ({@code …自评报告-<来源名>.docx}), so
 * none overwrites another; a later call replaces the files of an earlier one (atomically).
 */
@Command(
        name = "convert",
        sortOptions = false,
        description = {
            "转换指定的提交，报告和校验报告写入 输出文件夹/<年度>/<部门名称>/。",
            "PATH 可以是工作簿、CSV、一份拆分提交的文件夹或 .zip，或存放多份提交的文件夹；",
            "输入文件不会被移动或修改。",
            "含有子文件夹的文件夹视为“存放多份提交的文件夹”：其中每个工作簿/CSV",
            "和每个子文件夹各是一份提交；不含子文件夹的文件夹视为一份拆分提交。",
            "同一次转换中多份提交属于同一部门同一年度时，文件名后加上各自的来源名",
            "（…自评报告-<来源名>.docx），互不覆盖。",
            "不写入 run 的输出文件夹（有处理记录的文件夹）：那里的报告只由 run 发布。"
        },
        synopsisHeading = "用法：",
        parameterListHeading = "%n参数：%n",
        optionListHeading = "%n选项：%n",
        exitCodeListHeading = "%n退出码：%n",
        exitCodeList = {
            "0:全部提交均已生成报告",
            "1:有提交存在错误或无法读取（只生成了校验报告）",
            "2:用法错误（路径不存在、输出文件夹无法创建或写入）",
            "3:程序内部错误（详情见日志）",
            "4:输出文件夹正被 run 或另一个 convert 使用，本次未转换"
        })
public final class ConvertCommand implements Callable<Integer> {

    private final PipelineFactory factory;

    /** Folders given (or found) that hold several submissions. */
    private final FolderParts folderParts = new FolderParts();

    private final Clock clock;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @picocli.CommandLine.Mixin HelpOption helpOption;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "工作簿（.xlsx/.xls）、CSV 文件或文件夹")
    List<Path> paths;

    @Option(names = "--out", paramLabel = "DIR", description = "输出文件夹（默认：output）")
    Path out = Path.of("output");

    @CommandLine.Mixin EvaluationOptions evaluation;

    @CommandLine.Mixin ReportOptions report;

    public ConvertCommand() {
        this(PipelineWiring::create, Clock.systemDefaultZone());
    }

    public ConvertCommand(PipelineFactory factory, Clock clock) {
        this.factory = factory;
        this.clock = clock;
    }

    @Override
    @SuppressWarnings("try") // the lock is held by the try block, not used in it
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        List<Path> submissions = submissions();
        for (Path f : new Path[] {evaluation.config(), report.style()}) {
            if (f != null && !Files.isRegularFile(f)) throw usage("指定的文件不存在：" + f);
        }
        try {
            BatchFolders.createFolder(out, "输出文件夹");
        } catch (BatchFolders.UnusableFolderException e) {
            err.println(e.getMessage());
            return ExitCodes.USAGE;
        }
        Path folder = out.toAbsolutePath().normalize();
        if (Manifest.holdsRecord(folder)) {
            err.println(
                    "输出文件夹 "
                            + folder
                            + " 是 selfeval run 的输出文件夹（其中有处理记录 "
                            + Manifest.FILE_NAME
                            + "），convert 不写入其中，以免替换已发布的报告、与汇总表不符。请用 --out 另选一个文件夹。");
            return ExitCodes.USAGE;
        }
        Optional<RunLock> lock = RunLock.tryAcquire(folder);
        if (lock.isEmpty()) {
            err.println(
                    "另一个 selfeval 正在使用输出文件夹 "
                            + folder
                            + "（锁文件 "
                            + RunLock.FILE_NAME
                            + "），本次未转换。请等它结束后再转换，或用 --out 另选一个文件夹。");
            return ExitCodes.LOCKED;
        }
        try (RunLock held = lock.get();
                RunLog log = RunLog.open(folder, err, clock)) {
            // library logging (stack traces included) goes to the log file; the console keeps the
            // progress lines
            RunLog.StderrInLog quiet = log.stderrInLog();
            try {
                return convertAll(submissions, log);
            } finally {
                quiet.close();
            }
        }
    }

    private int convertAll(List<Path> submissions, RunLog log) throws IOException {
        Pipeline pipeline;
        ProjectConversions projects;
        try {
            log.progress(
                    new ConfigInEffect(
                                    evaluation.config(),
                                    PipelineWiring.framework(evaluation.framework()),
                                    PipelineWiring.wording(evaluation.framework()) != null)
                            .line());
            pipeline = factory.create(evaluation.config(), report.style(), evaluation.framework());
            projects = ProjectConversions.create(evaluation.framework(), report.style(), clock);
        } catch (ConfigException e) {
            log.error("配置有误：" + e.getMessage(), e);
            return ExitCodes.USAGE;
        } catch (RuntimeException e) {
            log.error("无法启动：" + e.getMessage(), e);
            return ExitCodes.INTERNAL;
        }
        try (PdfCopies pdfs = PdfCopies.open(report.pdf(), log::progress)) {
            return convertAll(submissions, pipeline, projects, pdfs, log);
        }
    }

    private int convertAll(
            List<Path> submissions,
            Pipeline pipeline,
            ProjectConversions projects,
            PdfCopies pdfs,
            RunLog log)
            throws IOException {
        List<Outcome> outcomes = new ArrayList<>();
        Tally tally = new Tally();
        for (Path s : submissions) {
            if (!ZipSubmission.isZip(s)) {
                convertPart(s, pipeline, projects, outcomes);
                continue;
            }
            try (ZipSubmission unpacked = ZipSubmission.unpack(s)) {
                Path content = unpacked.content();
                List<Path> parts = divided(content);
                if (parts.equals(List.of(content))) {
                    convert(s, content, pipeline, projects, outcomes);
                } else {
                    // several departments' submissions in one zip: each converted on its own
                    for (Path part : parts) convertPart(part, pipeline, projects, outcomes);
                }
            } catch (ZipSubmission.Refused refused) {
                log.progress(
                        s.getFileName() + " 压缩包无法解开（" + refused.getMessage() + "），未转换；请解压后再转换。");
                tally.add(Tally.Kind.UNREADABLE);
            }
        }
        List<String> tags = tags(outcomes);
        OutputWriter writer = new OutputWriter(out.toAbsolutePath().normalize());
        for (int i = 0; i < outcomes.size(); i++) {
            Outcome o = outcomes.get(i);
            if (o.status() != Status.INTERNAL_ERROR) {
                try {
                    pdfs.of(writer.write(o, names(o), tags.get(i)));
                } catch (IOException e) {
                    log.error(
                            "["
                                    + (i + 1)
                                    + "/"
                                    + outcomes.size()
                                    + "] "
                                    + o.origin().getFileName()
                                    + " 的报告无法写入 "
                                    + names(o).folder(writer.out())
                                    + "："
                                    + e.getMessage()
                                    + "；请检查输出文件夹的写入权限。",
                            e);
                    tally.add(Tally.Kind.INTERNAL_ERROR);
                    continue;
                }
            }
            log.progress(ProgressLine.of(i + 1, outcomes.size(), o));
            log.findings(o.findings());
            tally.add(
                    switch (o.status()) {
                        case CONVERTED -> Tally.Kind.CONVERTED;
                        case BLOCKED -> Tally.Kind.BLOCKED;
                        case UNREADABLE -> Tally.Kind.UNREADABLE;
                        case INTERNAL_ERROR -> Tally.Kind.INTERNAL_ERROR;
                    });
        }
        int projectExit = projects.publish(out.toAbsolutePath().normalize(), pdfs, log, tally);
        log.progress(tally.summary());
        return Math.max(ExitCodes.of(tally), projectExit);
    }

    /** One submission: a file, a folder, or the rest of a divided folder (read from a copy). */
    private void convertPart(
            Path part, Pipeline pipeline, ProjectConversions projects, List<Outcome> outcomes)
            throws IOException {
        Optional<SubmissionIdentity.Parts> divided =
                folderParts.of(part).filter(SubmissionIdentity.Parts::split);
        if (divided.isEmpty()) {
            convert(part, part, pipeline, projects, outcomes);
            return;
        }
        // the files beside the folder's complete workbooks, read on their own
        try (FolderParts.RestCopy rest = FolderParts.RestCopy.of(part, divided.get())) {
            convert(part, rest.content(), pipeline, projects, outcomes);
        }
    }

    /**
     * The department's pipeline (unless the files hold project tables only), then the projects the
     * files hold.
     */
    private static void convert(
            Path origin,
            Path content,
            Pipeline pipeline,
            ProjectConversions projects,
            List<Outcome> outcomes) {
        var found = projects.read(content);
        if (ProjectConversions.projectsOnly(found)) {
            projects.convert(origin, found, null, null);
            return;
        }
        // the projects that came with the department are scored first: its report lists them
        boolean[] listed = {false};
        Outcome o =
                pipeline.convert(
                        origin,
                        content,
                        e -> {
                            listed[0] = true;
                            return projects.listedIn(origin, found, e);
                        });
        outcomes.add(o);
        if (!listed[0]) projects.convert(origin, found, o.department(), o.year());
    }

    /**
     * The submissions the arguments name, each once, in argument order (a folder's contents by
     * name).
     */
    private List<Path> submissions() throws IOException {
        Set<Path> result = new LinkedHashSet<>();
        for (Path p : paths) {
            if (!Files.exists(p)) throw usage("找不到 " + p + "；请检查路径。");
            Path path = p.toAbsolutePath().normalize();
            if (Files.isDirectory(path) && SubmissionFinder.isFolderOfSubmissions(path)) {
                List<Path> found = SubmissionFinder.find(path);
                if (found.isEmpty()) throw usage("文件夹 " + p + " 中没有可转换的提交（.xlsx、.xls、.csv 或子文件夹）。");
                for (Path f : found) result.addAll(divided(f));
            } else {
                result.addAll(divided(path));
            }
        }
        return List.copyOf(result);
    }

    /**
     * A folder holding several departments' submissions as those submissions (its complete
     * workbooks, then the rest); files that each name a department but do not divide are converted
     * one by one (convert has no failed/ to refuse them into).
     */
    private List<Path> divided(Path submission) {
        List<Path> parts = new ArrayList<>(folderParts.expand(List.of(submission)));
        Optional<SubmissionIdentity.Parts> division = folderParts.of(submission);
        if (division.isPresent() && division.get().restNaming().size() > 1) {
            parts.remove(submission);
            division.get().rest().stream()
                    .filter(f -> SubmissionFinder.isSheetFile(f.getFileName().toString()))
                    .forEach(parts::add);
        }
        return parts;
    }

    private static ReportNames names(Outcome o) {
        return ReportNames.of(o.department(), o.year(), o.origin());
    }

    /**
     * Per outcome: "" for a department-year with one input; "-<来源名>" for each input of a shared
     * one, made unique.
     */
    private static List<String> tags(List<Outcome> outcomes) {
        Map<String, Integer> perKey = new HashMap<>();
        for (Outcome o : outcomes) perKey.merge(names(o).key(), 1, Integer::sum);
        List<String> tags = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (Outcome o : outcomes) {
            String key = names(o).key();
            if (perKey.get(key) == 1) {
                tags.add("");
                continue;
            }
            String tag = "-" + SafeNames.of(ReportNames.stem(o.origin()), "来源");
            String unique = tag;
            for (int n = 2; !used.add(key + unique); n++) unique = tag + "-" + n;
            tags.add(unique);
        }
        return tags;
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
