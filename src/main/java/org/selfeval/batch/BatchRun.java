package org.selfeval.batch;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.selfeval.ingest.SubmissionIdentity;
import org.selfeval.model.ProjectSubmission;
import org.selfeval.model.Severity;
import org.selfeval.pipeline.Outcome;
import org.selfeval.pipeline.Pipeline;
import org.selfeval.pipeline.ProjectOutcome;
import org.selfeval.pipeline.Status;
import org.selfeval.project.ProjectEvaluation;
import org.selfeval.publish.ContentHash;
import org.selfeval.publish.InputMover;
import org.selfeval.publish.Manifest;
import org.selfeval.publish.ManifestEntry;
import org.selfeval.publish.ProjectOutputWriter;
import org.selfeval.publish.ProjectVerdict;
import org.selfeval.publish.PublishedFiles;
import org.selfeval.publish.ReasonText;
import org.selfeval.publish.ReportNames;
import org.selfeval.publish.StagedDocuments;
import org.selfeval.summary.SummaryWording;
import org.selfeval.summary.SummaryWriter;
import org.selfeval.summary.roster.Roster;

/**
 * One round of the nightly job: find settled submissions in the inbox, convert them in parallel,
 * and publish each in inbox order (so any thread count gives the same files). The converting thread
 * writes the documents under hidden temporary names and forces them to disk; publishing one
 * submission is then, in this order: outputs put in place (never over another file) → companions
 * written and forced → verdict made pending → input moved → verdict committed. Evidence comes
 * before the verdict: a fault at any step leaves the submission in the inbox for the next run, and
 * a crash is completed or undone when the record is next opened. Knows nothing of Excel or Word: it
 * calls {@link Pipeline#convert} and acts on the outcome.
 */
public final class BatchRun {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** Submissions converted ahead of publishing, per thread: enough to keep the threads busy. */
    private static final int IN_FLIGHT_PER_THREAD = 4;

    private final Pipeline pipeline;
    private final BatchFolders folders;
    private final Manifest manifest;
    private final Settler settler;
    private final int threads;
    private final Clock clock;
    private final RunLog log;
    private final TimeLimit timeLimit;
    private final Roster roster;

    /**
     * The first round rebuilds the summary even with nothing new: the roster may have changed
     * since.
     */
    private boolean summaryWritten;

    /**
     * Hashes that hit an internal error in this process: not retried by --watch until the next
     * start.
     */
    private final Set<String> internalFailures = ConcurrentHashMap.newKeySet();

    /** Told of the documents each submission published (--pdf converts them). */
    private Consumer<PublishedFiles> afterPublishing = files -> {};

    private Faults faults = Faults.NONE;

    /** Folders holding several submissions, divided into them for this round. */
    private final FolderParts folderParts = new FolderParts();

    /** The project tables' pipeline; null: submissions are not searched for project tables. */
    private ProjectPipeline projects;

    /** The framework the bureau put in effect, whose words head 汇总's columns (null: built-in). */
    private SummaryWording wording = SummaryWording.BUILT_IN;

    /**
     * The 原因 of this round's refused and unreadable files, which name no year of their own: given
     * the year being collected at the round's end (see {@link #fixYears}).
     */
    private final List<YearlessReason> yearlessThisRound = new ArrayList<>();

    /** A 原因 filed at {@code filed} without a year, and its text once the year is known. */
    private record YearlessReason(Path filed, java.util.function.UnaryOperator<String> withYear) {}

    public BatchRun(
            Pipeline pipeline,
            BatchFolders folders,
            Manifest manifest,
            Settler settler,
            int threads,
            Clock clock,
            RunLog log) {
        this(
                pipeline,
                folders,
                manifest,
                settler,
                threads,
                clock,
                log,
                new TimeLimit(TimeLimit.DEFAULT));
    }

    public BatchRun(
            Pipeline pipeline,
            BatchFolders folders,
            Manifest manifest,
            Settler settler,
            int threads,
            Clock clock,
            RunLog log,
            TimeLimit timeLimit) {
        this(pipeline, folders, manifest, settler, threads, clock, log, timeLimit, Roster.NONE);
    }

    public BatchRun(
            Pipeline pipeline,
            BatchFolders folders,
            Manifest manifest,
            Settler settler,
            int threads,
            Clock clock,
            RunLog log,
            TimeLimit timeLimit,
            Roster roster) {
        this.roster = roster;
        this.timeLimit = timeLimit;
        this.pipeline = pipeline;
        this.folders = folders;
        this.manifest = manifest;
        this.settler = settler;
        this.threads = threads;
        this.clock = clock;
        this.log = log;
    }

    /** Tells {@code hook} of the documents each submission publishes, once they are written. */
    public BatchRun afterPublishing(Consumer<PublishedFiles> hook) {
        this.afterPublishing = hook;
        return this;
    }

    /**
     * Converts the 项目支出绩效自评表 a submission holds with {@code projects}, beside its department's
     * report or alone; each project's verdict goes into the record with its submission's.
     */
    public BatchRun withProjects(ProjectPipeline projects) {
        this.projects = projects;
        return this;
    }

    /** Heads 汇总's columns in the words of {@code framework}, the one the bureau put in effect. */
    public BatchRun wordedBy(SummaryWording wording) {
        this.wording = wording;
        return this;
    }

    /** Runs one round; {@code stopRequested} is checked before each submission starts. */
    public Tally round(BooleanSupplier stopRequested) throws IOException, InterruptedException {
        Tally tally = new Tally();
        List<Path> unsupported = SubmissionFinder.findUnsupported(folders.inbox());
        List<Path> candidates = new ArrayList<>(SubmissionFinder.find(folders.inbox()));
        candidates.addAll(unsupported);
        List<Path> misnamed = new ArrayList<>();
        for (Path p : candidates) if (!SubmissionFinder.namesRoundTrip(p)) misnamed.add(p);
        candidates.removeAll(misnamed);
        // an unsupported file is left to settle too: a .zip still being copied is not moved
        // half-way
        Settler.Result found = settler.settle(candidates);
        for (Path p : found.unsettled()) {
            if (Files.exists(p)) {
                log.detail("仍在复制中，留待下一轮：" + p.getFileName());
                tally.add(Tally.Kind.UNSETTLED);
            } else {
                log.detail("在处理前已从收件文件夹中移走，跳过：" + p.getFileName());
                tally.add(Tally.Kind.VANISHED);
            }
        }
        List<Path> settled = new ArrayList<>(found.settled());
        settled.removeAll(unsupported);
        List<Path> submissions = folderParts.expand(settled);
        LocalDate today = LocalDate.now(clock);
        for (Path p : SubmissionFinder.findUnusable(folders.inbox()))
            refuse(p, Refusal.notAFile(p), today, tally);
        for (Path p : misnamed) refuse(p, Refusal.misnamed(p), today, tally);
        for (Path p : found.settled()) {
            if (unsupported.contains(p)) refuse(p, Refusal.unsupported(p), today, tally);
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        List<Future<Work>> futures = new ArrayList<>();
        try {
            // Converted outcomes (report bytes included) wait here until published in order: only a
            // window of them is in flight, and each is dropped once published, so memory stays flat
            // however big the inbox.
            int window = Math.max(1, threads) * IN_FLIGHT_PER_THREAD;
            for (int i = 0; i < Math.min(window, submissions.size()); i++) {
                futures.add(submit(pool, submissions.get(i), stopRequested));
            }
            for (int i = 0; i < submissions.size(); i++) {
                if (i + window < submissions.size())
                    futures.add(submit(pool, submissions.get(i + window), stopRequested));
                Work work = null;
                try {
                    Future<Work> pending = futures.set(i, null);
                    work = get(pending, submissions.get(i));
                    if (work == null) continue; // stopped before it started: stays in the inbox
                    publish(i + 1, submissions.size(), work, tally);
                } catch (IOException e) {
                    if (e instanceof NoSuchFileException && !Files.exists(submissions.get(i))) {
                        // taken away by someone else while it was published: what was written
                        // stands
                        log.progress(
                                "["
                                        + (i + 1)
                                        + "/"
                                        + submissions.size()
                                        + "] "
                                        + submissions.get(i).getFileName()
                                        + " 在移入归档或失败文件夹前已被移走，跳过");
                        tally.add(Tally.Kind.VANISHED);
                        continue;
                    }
                    // one submission's trouble (a move refused, a full disk) must not stop the
                    // others
                    log.error(
                            "["
                                    + (i + 1)
                                    + "/"
                                    + submissions.size()
                                    + "] "
                                    + submissions.get(i).getFileName()
                                    + " 处理失败，已留在收件文件夹，下次运行时重试："
                                    + IoProblem.describe(e),
                            e);
                    tally.add(Tally.Kind.INTERNAL_ERROR);
                } finally {
                    if (work != null) work.discard(); // what was not published (duplicate, failure)
                }
            }
        } finally {
            pool.shutdownNow();
            discardUnpublished(futures);
        }
        folderParts.tidy(log);
        fixYears();
        // rebuilt from the whole manifest, so it covers every night; a later empty --watch round
        // has nothing to add
        if (!submissions.isEmpty() || !summaryWritten) {
            try {
                SummaryWriter.write(
                        folders.out(),
                        manifest.entries(),
                        manifest.refused(),
                        manifest.projects(),
                        roster,
                        wording.framework());
                manifest.export();
                summaryWritten = true;
            } catch (IOException e) {
                // derived from the record, which holds every verdict: rewritten by the next round
                // (a --watch round too, with nothing new), so the run goes on
                log.error(
                        "汇总表或 "
                                + Manifest.EXPORT_FILE
                                + " 未能重写："
                                + IoProblem.describe(e)
                                + "。各报送的结果已记入处理记录，下次运行时重写",
                        e);
                summaryWritten = false;
                tally.summaryNotWritten();
            }
        }
        return tally;
    }

    /**
     * A stop or an error ends the round with converted submissions unpublished: their staged files
     * go.
     */
    private static void discardUnpublished(List<Future<Work>> futures) {
        for (Future<Work> f : futures) {
            if (f == null) continue;
            try {
                Work work = f.get();
                if (work != null) work.discard();
            } catch (ExecutionException | java.util.concurrent.CancellationException e) {
                // nothing was staged
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return; // the rest are left for TempFileSweeper
            }
        }
    }

    private Future<Work> submit(
            ExecutorService pool, Path submission, BooleanSupplier stopRequested) {
        return pool.submit(() -> work(submission, stopRequested));
    }

    /** Hashing and converting, the part that runs in parallel; null when a stop came first. */
    private Work work(Path submission, BooleanSupplier stopRequested)
            throws IOException, InterruptedException {
        if (stopRequested.getAsBoolean()) return null;
        String hash;
        try {
            faults.before(Step.HASH, submission);
            hash = ContentHash.of(submission, folderParts.hashIgnores(submission));
        } catch (NoSuchFileException gone) {
            return Work.refused(submission, Refusal.vanished(submission));
        } catch (AccessDeniedException denied) {
            return Work.refused(submission, Refusal.noPermission(submission, denied));
        }
        // checked after hashing: a file come in since the division is hashed but would not be
        // read; one that comes after this check changes the hash, which publishing checks again
        if (folderParts.changedSinceDivided(submission)) {
            log.detail(submission.getFileName() + "：其中的文件在划分报送后有变化（仍在复制或又放入了文件），留待下一轮重新划分");
            return Work.refused(submission, Refusal.changedWhileRead());
        }
        if (internalFailures.contains(hash)) return null;
        if (manifest.verdictFor(hash).isPresent())
            return new Work(submission, hash, null, null, null, null);
        if (ZipSubmission.isZip(submission)) {
            try (ZipSubmission unpacked = ZipSubmission.unpack(submission)) {
                SubmissionIdentity.Parts parts = SubmissionIdentity.divide(unpacked.content());
                if (parts.split())
                    return Work.refused(submission, Refusal.severalDepartments(submission, parts));
                if (parts.restNaming().size() > 1)
                    return Work.refused(
                            submission, Refusal.severalSubmissions(submission, parts.restNaming()));
                return convert(submission, hash, unpacked.content());
            } catch (ZipSubmission.Refused refused) {
                return Work.refused(
                        submission, Refusal.unsafeZip(submission, refused.getMessage()));
            }
        }
        Optional<SubmissionIdentity.Parts> parts = folderParts.of(submission);
        if (parts.isPresent() && parts.get().restNaming().size() > 1)
            return Work.refused(
                    submission, Refusal.severalSubmissions(submission, parts.get().restNaming()));
        if (parts.isPresent() && parts.get().split()) {
            // the files beside the folder's complete workbooks, read on their own
            try (FolderParts.RestCopy rest = FolderParts.RestCopy.of(submission, parts.get())) {
                return convert(submission, hash, rest.content());
            }
        }
        return convert(submission, hash, submission);
    }

    /**
     * The department's pipeline on {@code content} (the submission, or its unpacked zip), unless it
     * holds project tables alone; then the project tables it holds, with the department's name and
     * year for a project that left them blank.
     */
    private Work convert(Path submission, String hash, Path content)
            throws IOException, InterruptedException {
        // one limit for the whole submission: its project tables read, its department converted,
        // its projects scored
        long deadline = timeLimit.deadline();
        ProjectSubmission found = null;
        if (projects != null) {
            Optional<ProjectSubmission> read =
                    timeLimit.within(deadline, () -> projects.read(content));
            if (read.isEmpty()) return timedOut(submission, hash);
            found = read.get();
        }
        boolean anyProjects = found != null && found.any();
        if (anyProjects && !found.departmentSheets()) {
            ProjectSubmission alone = found;
            Optional<ProjectOutcome> only =
                    timeLimit.within(
                            deadline, () -> projects.convert(submission, alone, null, null, true));
            if (only.isEmpty()) return timedOut(submission, hash);
            return new Work(submission, hash, null, null, null, only.get());
        }
        // the projects that came with the department are scored first: its report lists them
        ProjectSubmission listed = anyProjects ? found : null;
        ProjectOutcome[] withIt = {null};
        Optional<Outcome> outcome =
                timeLimit.within(
                        deadline,
                        () ->
                                pipeline.convert(
                                        submission,
                                        content,
                                        e -> {
                                            if (listed == null) return e;
                                            withIt[0] =
                                                    projects.convert(
                                                            submission,
                                                            listed,
                                                            blankToNull(e.department()),
                                                            blankToNull(e.year()),
                                                            true);
                                            return e.withProjectTables(
                                                    withIt[0].projects().stream()
                                                            .map(ProjectEvaluation::line)
                                                            .toList());
                                        }));
        if (outcome.isEmpty()) return timedOut(submission, hash);
        Outcome o = outcome.get();
        if (withIt[0] == null && anyProjects && o.status() != Status.INTERNAL_ERROR) {
            // the department unreadable: its projects are scored on their own, within what is
            // left of the submission's limit
            ProjectSubmission beside = found;
            Optional<ProjectOutcome> scored =
                    timeLimit.within(
                            deadline,
                            () ->
                                    projects.convert(
                                            submission,
                                            beside,
                                            blankToNull(o.department()),
                                            blankToNull(o.year()),
                                            true));
            if (scored.isEmpty()) return timedOut(submission, hash);
            withIt[0] = scored.get();
        }
        return new Work(submission, hash, o, null, stage(o, submission), withIt[0]);
    }

    private Work timedOut(Path submission, String hash) {
        return new Work(
                submission,
                hash,
                null,
                Refusal.timedOut(submission, timeLimit.limit()),
                null,
                null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /**
     * The documents of a report-bearing outcome, written and forced here, in parallel; renamed when
     * published.
     */
    private StagedDocuments stage(Outcome outcome, Path submission) throws IOException {
        if (outcome.status() != Status.CONVERTED && outcome.status() != Status.BLOCKED) return null;
        return StagedDocuments.stage(
                folders.out(),
                outcome,
                ReportNames.of(outcome.department(), outcome.year(), submission));
    }

    private Work get(Future<Work> future, Path submission)
            throws InterruptedException, IOException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) throw io;
            throw new IOException("处理 " + submission.getFileName() + " 时出错：" + cause, cause);
        }
    }

    private void publish(int index, int count, Work work, Tally tally) throws IOException {
        LocalDateTime now = LocalDateTime.now(clock);
        String processedAt = now.format(TIME);
        Path archiveDay = folders.archive().resolve(now.toLocalDate().toString());
        Path failedDay = folders.failed().resolve(now.toLocalDate().toString());
        if (folderParts.waitsForItsParts(work.submission())) {
            progress(index, count, work, "文件夹中有完整的工作簿未能归档，其余文件一并留在收件文件夹，下次运行时重试（未作判定）");
            tally.add(Tally.Kind.INTERNAL_ERROR);
            return;
        }
        // checked again here, serialized: two identical copies in one round are converted,
        // published once
        Optional<ManifestEntry> earlier = manifest.verdictFor(work.hash());
        if (earlier.isPresent()) {
            fileDuplicate(
                    index, count, work, earlier.get(), archiveDay, failedDay, processedAt, tally);
            return;
        }
        if (work.refusal() != null) {
            progress(index, count, work, work.refusal().line());
            fileRefusal(work.submission(), work.refusal(), now.toLocalDate(), tally);
            return;
        }
        if (work.outcome() == null && work.projects() != null) {
            publishProjectsOnly(index, count, work, archiveDay, failedDay, processedAt, tally);
            return;
        }
        Outcome outcome = work.outcome();
        Path projectReason = null; // beside an archived workbook whose projects need fixing
        if (outcome.status() != Status.INTERNAL_ERROR && changedSinceRead(work)) {
            // what would be archived is not what was converted: nothing is published, the next
            // round reads it again
            progress(index, count, work, Refusal.changedWhileRead().line());
            log.detail(work.submission() + "：读取后内容有变化（哈希 " + work.hash() + " 已不符），本次转换结果作废，留待下一轮");
            tally.add(Tally.Kind.VANISHED);
            return;
        }
        switch (outcome.status()) {
            case INTERNAL_ERROR -> {
                internalFailures.add(work.hash());
                log.detail("已留在收件文件夹：" + work.submission());
                tally.add(Tally.Kind.INTERNAL_ERROR);
            }
            case UNREADABLE -> {
                // "unreadable" is stored as a verdict on content only when the content is what was
                // read
                Optional<Refusal> fault = environmentFault(work, outcome);
                if (fault.isPresent()) {
                    progress(index, count, work, fault.get().line());
                    tally.add(fault.get().kind());
                    return;
                }
                ManifestEntry entry =
                        ManifestEntry.of(work.hash(), outcome, 0, "", "", processedAt);
                String reason = ReasonText.of(outcome, work.projects(), processedAt);
                Path filed =
                        fileFailure(
                                work.submission(),
                                outcome.auditReport(),
                                reason,
                                entry,
                                publishProjects(work, processedAt),
                                failedDay);
                if (entry.year().isBlank()) {
                    yearlessThisRound.add(
                            new YearlessReason(filed, year -> ReasonText.withYear(reason, year)));
                }
                tally.add(Tally.Kind.UNREADABLE);
            }
            case BLOCKED, CONVERTED -> {
                faults.before(Step.DOCUMENTS, work.staged().folder());
                StagedDocuments.Committed committed =
                        work.staged().commit(manifest.nextVersion(work.staged().names()));
                PublishedFiles files = committed.files();
                afterPublishing.accept(files);
                ManifestEntry entry =
                        ManifestEntry.of(
                                work.hash(),
                                outcome,
                                committed.version(),
                                PublishedFiles.relative(folders.out(), files.report()),
                                PublishedFiles.relative(folders.out(), files.auditReport()),
                                processedAt);
                try {
                    List<ProjectVerdict> verdicts = publishProjects(work, processedAt);
                    if (outcome.status() == Status.CONVERTED) {
                        Path target = InputMover.target(work.submission(), archiveDay);
                        List<Path> companions = projectCompanions(work, target, processedAt);
                        file(work.submission(), target, entry, companions, verdicts);
                        if (!companions.isEmpty())
                            projectReason = companions.get(companions.size() - 1);
                    } else {
                        fileFailure(work, outcome, entry, verdicts, failedDay, processedAt);
                    }
                } catch (IOException | RuntimeException e) {
                    // not filed: the documents published for it go too, unless its verdict
                    // stands (taken away after it was converted)
                    if (!manifest.byHash(work.hash()).map(entry::equals).orElse(false))
                        committed.withdraw();
                    throw e;
                }
                tally.add(
                        outcome.status() == Status.CONVERTED
                                ? Tally.Kind.CONVERTED
                                : Tally.Kind.BLOCKED);
            }
        }
        // told once the outputs are written and the input filed, so a failed write never reads as
        // success
        log.progress(ProgressLine.of(index, count, outcome));
        log.findings(outcome.findings());
        tellProjects(work.projects(), tally);
        if (projectReason != null)
            log.progress("  项目支出绩效自评表存在错误：原件已归档，修改说明见归档文件夹中的 " + projectReason.getFileName());
    }

    /**
     * A submission of project tables alone: every project's documents published, then the input
     * filed in archive/ when no 错误 blocked any of them, else in failed/ with the projects' 校验报告 and
     * a 原因 beside it.
     */
    private void publishProjectsOnly(
            int index,
            int count,
            Work work,
            Path archiveDay,
            Path failedDay,
            String processedAt,
            Tally tally)
            throws IOException {
        ProjectOutcome only = work.projects();
        if (changedSinceRead(work)) {
            progress(index, count, work, Refusal.changedWhileRead().line());
            log.detail(work.submission() + "：读取后内容有变化（哈希 " + work.hash() + " 已不符），本次转换结果作废，留待下一轮");
            tally.add(Tally.Kind.VANISHED);
            return;
        }
        List<ProjectVerdict> verdicts = publishProjects(work, processedAt);
        boolean blocked = only.blocked() > 0 || Severity.ERROR.countIn(only.readFindings()) > 0;
        if (blocked) {
            fileFailure(
                    work.submission(),
                    only.auditReport(),
                    ReasonText.ofProjects(only, processedAt),
                    null,
                    verdicts,
                    failedDay);
        } else {
            file(
                    work.submission(),
                    InputMover.target(work.submission(), archiveDay),
                    null,
                    List.of(),
                    verdicts);
        }
        tally.add(blocked ? Tally.Kind.PROJECTS_ONLY_BLOCKED : Tally.Kind.PROJECTS_ONLY);
        progress(
                index,
                count,
                work,
                "项目支出绩效自评表 "
                        + only.projects().size()
                        + " 个：自评表已生成 "
                        + (only.projects().size() - only.blocked())
                        + " 个，存在错误 "
                        + only.blocked()
                        + " 个"
                        + (blocked ? "（已移入失败文件夹）" : ""));
        log.findings(only.readFindings());
        tellProjects(only, tally);
    }

    /**
     * Beside an archived department workbook one of whose project tables an 错误 blocked, the clerk's
     * 原因 and the projects' 校验报告, as a failed submission has them (none when its projects need no
     * fixing). Written and forced before the input moves; gone again when filing fails.
     */
    private List<Path> projectCompanions(Work work, Path target, String processedAt)
            throws IOException {
        ProjectOutcome p = work.projects();
        if (!ReasonText.projectsNeedFixing(p)) return List.of();
        List<Path> companions = new ArrayList<>();
        try {
            faults.before(Step.COMPANIONS, target);
            if (p.auditReport() != null)
                companions.add(
                        InputMover.writeCompanion(target, InputMover.AUDIT, p.auditReport()));
            companions.add(
                    InputMover.writeCompanion(
                            target,
                            InputMover.REASON,
                            ReasonText.ofProjectsBeside(work.outcome(), p, processedAt)));
        } catch (IOException e) {
            deleteQuietly(companions, e);
            throw e;
        }
        return companions;
    }

    /**
     * Writes the documents of the work's projects (never over a published one) and tells the PDF
     * hook; their verdicts, recorded with the submission's. None when it held no project table.
     */
    private List<ProjectVerdict> publishProjects(Work work, String processedAt) throws IOException {
        ProjectOutcome p = work.projects();
        if (p == null) return List.of();
        ProjectOutputWriter.Written written =
                new ProjectOutputWriter(folders.out(), true).write(p, "");
        String audit = PublishedFiles.relative(folders.out(), written.auditReport());
        String source = String.valueOf(work.submission().getFileName());
        List<ProjectVerdict> verdicts = new ArrayList<>();
        for (int i = 0; i < p.projects().size(); i++) {
            Path table = written.tables().get(i);
            if (table != null) afterPublishing.accept(new PublishedFiles(table, null));
            verdicts.add(
                    ProjectVerdict.of(
                            work.hash(),
                            source,
                            p.projects().get(i),
                            p.readFindings(),
                            PublishedFiles.relative(folders.out(), table),
                            audit,
                            processedAt));
        }
        if (written.auditReport() != null)
            afterPublishing.accept(new PublishedFiles(null, written.auditReport()));
        return verdicts;
    }

    /** One line per project under its submission's, its findings in the log, and the counts. */
    private void tellProjects(ProjectOutcome p, Tally tally) {
        if (p == null) return;
        for (ProjectEvaluation e : p.projects()) {
            log.progress("  项目 " + ProgressLine.project(e, p.readFindings()));
            log.findings(e.findings());
        }
        tally.addProjects(p.projects().size(), (int) p.blocked());
    }

    /**
     * Why an unreadable outcome says nothing about the content, if so: the submission vanished or
     * changed while it was read, or the reader met an I/O error (the disk, the network share,
     * permissions), not bad bytes.
     */
    private static Optional<Refusal> environmentFault(Work work, Outcome outcome) {
        try {
            if (!ContentHash.of(work.submission(), SubmissionFinder::isIgnored)
                    .equals(work.hash())) {
                return Optional.of(Refusal.changedWhileRead());
            }
        } catch (IOException gone) {
            return Optional.of(Refusal.changedWhileRead());
        }
        boolean ioError =
                outcome.findings().stream().anyMatch(f -> ENVIRONMENT_RULES.contains(f.ruleId()));
        return ioError ? Optional.of(Refusal.readFailed()) : Optional.empty();
    }

    /**
     * Whether the submission's bytes differ from those hashed before converting (saved again,
     * appended to). One that is gone is not "changed": what was published from it stands (see
     * {@link #file}).
     */
    private static boolean changedSinceRead(Work work) {
        if (!Files.exists(work.submission(), java.nio.file.LinkOption.NOFOLLOW_LINKS)) return false;
        try {
            return !ContentHash.of(work.submission(), SubmissionFinder::isIgnored)
                    .equals(work.hash());
        } catch (IOException e) {
            return true;
        }
    }

    /** Reader findings that report the environment, not the content. */
    private static final Set<String> ENVIRONMENT_RULES =
            Set.of("READ-IO", "READ-NOT-FOUND", "READ-FOLDER");

    /**
     * Reason and audit report written beside where the input goes, then the input filed with its
     * verdict.
     */
    private void fileFailure(
            Work work,
            Outcome outcome,
            ManifestEntry entry,
            List<ProjectVerdict> projects,
            Path failedDay,
            String processedAt)
            throws IOException {
        fileFailure(
                work.submission(),
                outcome.auditReport(),
                ReasonText.of(outcome, work.projects(), processedAt),
                entry,
                projects,
                failedDay);
    }

    /** As above, with the 校验报告 (null: none) and the 原因 given; where the input was filed. */
    private Path fileFailure(
            Path submission,
            byte[] auditReport,
            String reason,
            ManifestEntry entry,
            List<ProjectVerdict> projects,
            Path failedDay)
            throws IOException {
        Path target = InputMover.target(submission, failedDay);
        List<Path> companions = new ArrayList<>();
        try {
            faults.before(Step.COMPANIONS, target);
            if (auditReport != null) {
                companions.add(InputMover.writeCompanion(target, InputMover.AUDIT, auditReport));
            }
            companions.add(InputMover.writeCompanion(target, InputMover.REASON, reason));
        } catch (IOException e) {
            deleteQuietly(companions, e);
            throw e;
        }
        file(submission, target, entry, companions, projects);
        return target;
    }

    /**
     * Evidence before verdict: the documents and {@code companions} are written and forced; the
     * verdict is made pending, the input moved, and only then the verdict committed. A fault at any
     * step undoes what this submission's filing did (the input back in the inbox, its companions
     * gone, no verdict), so the next run tries it again as new; a crash in between is completed or
     * dropped by the next {@link Manifest#load}.
     */
    private void file(
            Path submission,
            Path target,
            ManifestEntry entry,
            List<Path> companions,
            List<ProjectVerdict> projects)
            throws IOException {
        Manifest.Filing filing;
        try {
            filing = manifest.intend(entry, target, projects);
        } catch (IOException e) {
            deleteQuietly(companions, e);
            throw e;
        }
        try {
            faults.before(Step.MOVE, target);
            InputMover.moveTo(submission, target);
        } catch (IOException e) {
            // taken away by someone after it was converted: the documents published from it stand,
            // and so does its verdict (there is just no input to file); otherwise no verdict, and
            // the input stays for the next run
            boolean vanished =
                    e instanceof NoSuchFileException
                            && !Files.exists(submission, java.nio.file.LinkOption.NOFOLLOW_LINKS);
            deleteQuietly(companions, e);
            try {
                if (vanished) {
                    manifest.settle(filing);
                } else {
                    manifest.abandon(filing);
                }
            } catch (IOException notRecorded) {
                e.addSuppressed(
                        notRecorded); // the next load settles or drops it by whether the input is
                // filed
            }
            throw e;
        }
        try {
            faults.before(Step.VERDICT, target);
            manifest.settle(filing);
        } catch (IOException e) {
            try {
                InputMover.moveTo(target, submission);
                manifest.abandon(filing);
                deleteQuietly(companions, e);
            } catch (IOException back) {
                e.addSuppressed(
                        back); // the input stays filed; the next load makes the pending verdict
                // stand
            }
            throw e;
        }
    }

    private static void deleteQuietly(List<Path> files, IOException cause) {
        for (Path f : files) {
            try {
                Files.deleteIfExists(f);
            } catch (IOException e) {
                cause.addSuppressed(e);
            }
        }
    }

    /**
     * The steps of reading (HASH: before a submission is hashed) and publishing one submission,
     * where a test makes a fault, or a change of the inbox, happen.
     */
    enum Step {
        HASH,
        DOCUMENTS,
        COMPANIONS,
        MOVE,
        VERDICT
    }

    /**
     * Called before each step; the run's own does nothing, a test's throws as a full disk would.
     */
    @FunctionalInterface
    interface Faults {
        Faults NONE = (step, path) -> {};

        void before(Step step, Path path) throws IOException;
    }

    /** For tests: a fault at a step of publishing. */
    BatchRun failingWith(Faults faults) {
        this.faults = faults;
        return this;
    }

    private void refuse(Path file, Refusal refusal, LocalDate today, Tally tally) {
        log.progress(file.getFileName() + " " + refusal.line());
        try {
            fileRefusal(file, refusal, today, tally);
        } catch (NoSuchFileException gone) {
            log.detail(file.getFileName() + " 在移入失败文件夹前已被移走，跳过");
            tally.add(Tally.Kind.VANISHED);
        } catch (IOException e) {
            log.error(file.getFileName() + " 无法移入失败文件夹，已留在收件文件夹：" + IoProblem.describe(e), e);
            tally.add(Tally.Kind.INTERNAL_ERROR);
        }
    }

    /**
     * A submission that could not be hashed or converted at all (time-out, no permission, not a
     * file): filed in failed/ with its reason and recorded as a refused file (no verdict on its
     * content, so a re-dropped copy is tried again), so status and the bureau see it: under the
     * department its name reveals, its year fixed at the round's end ({@link #fixYears}). A record
     * that cannot be written costs only this listing, told in the log.
     */
    private void fileRefusal(Path submission, Refusal refusal, LocalDate day, Tally tally)
            throws IOException {
        if (refusal.reason() == null) {
            log.detail(submission.getFileName() + " " + refusal.line());
            tally.add(refusal.kind());
            return;
        }
        Path target = InputMover.target(submission, folders.failed().resolve(day.toString()));
        String receivedAt = LocalDateTime.now(clock).format(TIME);
        InputMover.writeCompanion(
                target,
                InputMover.REASON,
                refusalText(submission.getFileName().toString(), refusal, receivedAt, ""));
        InputMover.moveTo(submission, target);
        tally.add(refusal.kind());
        String name = submission.getFileName().toString();
        yearlessThisRound.add(
                new YearlessReason(target, year -> refusalText(name, refusal, receivedAt, year)));
        String department =
                roster.namedIn(name).map(org.selfeval.summary.roster.RosterEntry::name).orElse("");
        try {
            manifest.addRefused(
                    new org.selfeval.publish.RefusedFile(
                            name, department, "", refusal.line(), receivedAt));
        } catch (IOException e) {
            log.error(name + " 已移入失败文件夹，但未能记入处理记录（status 中不会列出）：" + IoProblem.describe(e), e);
        }
    }

    /**
     * A refusal's 原因: 提交, 处理时间, 年度 (once known, see {@link #fixYears}), 结果 (its status first), then
     * what to do. {@link RecordRebuild} reads these fields back.
     */
    private static String refusalText(
            String file, Refusal refusal, String receivedAt, String year) {
        return "提交："
                + file
                + "\n处理时间："
                + receivedAt
                + (year.isBlank() ? "" : "\n" + RecordRebuild.YEAR_FIELD + year)
                + "\n结果："
                + refusal.line()
                + "\n\n"
                + refusal.reason()
                + "\n";
    }

    /**
     * The year being collected once the round's verdicts are in, fixed for the files received in it
     * that name none of their own (refused, unreadable), so a file does not move between years
     * later: written into each one's 原因 (a rebuilt record finds it there), then into the record. A
     * round that knows no year yet leaves them to the first round that does. A reason or record
     * that cannot be written is told in the log; the record's files are then fixed by a later
     * round.
     */
    private void fixYears() {
        String year = org.selfeval.summary.StatusBoard.currentYear(manifest.entries());
        if (year.isBlank()) {
            yearlessThisRound.clear();
            return;
        }
        for (YearlessReason r : yearlessThisRound) {
            try {
                // the reason written at filing, now with its year (replaced atomically)
                InputMover.writeCompanion(r.filed(), InputMover.REASON, r.withYear().apply(year));
            } catch (IOException e) {
                log.error(
                        r.filed().getFileName()
                                + " 的原因文件未能写入年度（重建处理记录时将按当天的结论推定）："
                                + IoProblem.describe(e),
                        e);
            }
        }
        yearlessThisRound.clear();
        try {
            manifest.fixBlankYears(year);
        } catch (IOException e) {
            log.error("处理记录中本轮未能处理的文件未能记入年度 " + year + "（下一轮结束时补记）：" + IoProblem.describe(e), e);
        }
    }

    private void fileDuplicate(
            int index,
            int count,
            Work work,
            ManifestEntry earlier,
            Path archiveDay,
            Path failedDay,
            String processedAt,
            Tally tally)
            throws IOException {
        boolean converted = earlier.status() == Status.CONVERTED;
        List<ProjectVerdict> projectsOnly = projectsOnly(work.hash());
        String note =
                "处理时间："
                        + processedAt
                        + "\n该提交的内容与 "
                        + earlier.processedAt()
                        + " 处理的“"
                        + earlier.source()
                        + "”完全相同，未重新转换。\n上次结果："
                        + (projectsOnly.isEmpty()
                                ? earlier.status().label()
                                        + (earlier.report().isEmpty()
                                                ? ""
                                                : "\n报告：" + earlier.report())
                                : projectsResult(projectsOnly))
                        + (earlier.auditReport().isEmpty() ? "" : "\n校验报告：" + earlier.auditReport())
                        + (converted
                                ? ""
                                : projectsOnly.isEmpty()
                                        ? "\n请按上次的校验报告修改后再提交。"
                                        : "\n请按上次的项目支出绩效自评校验报告修改项目表后再提交。")
                        + "\n";
        Path target = InputMover.target(work.submission(), converted ? archiveDay : failedDay);
        InputMover.writeCompanion(target, converted ? InputMover.NOTE : InputMover.REASON, note);
        InputMover.moveTo(work.submission(), target);
        String what =
                (projectsOnly.isEmpty() ? "" : "项目支出绩效自评表 ")
                        + "内容与已处理的提交相同，未重新转换（已移入"
                        + (converted ? "归档" : "失败")
                        + "文件夹）";
        log.progress(
                ProgressLine.duplicate(
                        index,
                        count,
                        work.submission(),
                        earlier.department(),
                        earlier.year(),
                        what));
        tally.add(converted ? Tally.Kind.DUPLICATE : Tally.Kind.DUPLICATE_OF_FAILURE);
        if (!projectsOnly.isEmpty()) tally.projectsOnlyDuplicate();
    }

    /**
     * The project verdicts of a submission of project tables alone with this content; empty when
     * the content was a department's submission (its project tables, if any, came with it).
     */
    private List<ProjectVerdict> projectsOnly(String hash) {
        if (manifest.entries().stream().anyMatch(e -> e.hash().equals(hash))) return List.of();
        return manifest.projects().stream().filter(v -> v.hash().equals(hash)).toList();
    }

    /**
     * What a project-only submission ended as, in a project's words: "项目支出绩效自评表 3 个：自评表已生成 2 个，存在错误
     * 1 个", then each project with its 自评表 or its state.
     */
    private static String projectsResult(List<ProjectVerdict> projects) {
        long blocked = projects.stream().filter(v -> v.status() == Status.BLOCKED).count();
        StringBuilder b =
                new StringBuilder(
                        "项目支出绩效自评表 "
                                + projects.size()
                                + " 个：自评表已生成 "
                                + (projects.size() - blocked)
                                + " 个，存在错误 "
                                + blocked
                                + " 个");
        for (ProjectVerdict v : projects) {
            b.append("\n项目 ")
                    .append(v.project())
                    .append("：")
                    .append(v.statusLabel())
                    .append(v.table().isEmpty() ? "" : "，自评表：" + v.table());
        }
        return b.toString();
    }

    /**
     * A hashed submission and its outcome (null when the manifest already knew the hash or it was
     * refused).
     */
    private record Work(
            Path submission,
            String hash,
            Outcome outcome,
            Refusal refusal,
            StagedDocuments staged,
            ProjectOutcome projects) {
        static Work refused(Path submission, Refusal refusal) {
            return new Work(submission, "", null, refusal, null, null);
        }

        void discard() {
            if (staged != null) staged.discard();
        }
    }

    /** The console's line for one submission: "[3/120] 文件名 结果". */
    private void progress(int index, int count, Work work, String line) {
        log.progress(
                "[" + index + "/" + count + "] " + work.submission().getFileName() + " " + line);
    }
}
