package org.selfeval.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.selfeval.model.ProjectSubmission;
import org.selfeval.pipeline.Outcome;
import org.selfeval.pipeline.Pipeline;
import org.selfeval.pipeline.ProjectOutcome;
import org.selfeval.pipeline.Status;
import org.selfeval.publish.AtomicFiles;
import org.selfeval.publish.ContentHash;
import org.selfeval.publish.InputMover;
import org.selfeval.publish.Manifest;
import org.selfeval.publish.ManifestEntry;
import org.selfeval.publish.ProjectOutputWriter;
import org.selfeval.publish.ProjectVerdict;
import org.selfeval.publish.PublishedFiles;
import org.selfeval.publish.RefusedFile;
import org.selfeval.publish.ReportNames;
import org.selfeval.summary.roster.Roster;
import org.selfeval.summary.roster.RosterEntry;

/**
 * The record rebuilt from what a season left on disk, after it was lost or damaged: every
 * submission filed in archive/ (converted) and failed/ (blocked or unreadable) is read again, in
 * the order it was processed, and the published documents in output/ are matched to it by
 * department, year and version. Duplicates (filed with a 说明, or a 原因 saying so) and refusals (a 原因
 * whose 结果 is no verdict) gave no verdict and give none now; the refusals come back as refused
 * files ({@link #refused}).
 */
public final class RecordRebuild {

    /** The 原因 line of a refused file that holds the year fixed when it was received. */
    static final String YEAR_FIELD = "年度：";

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Pipeline pipeline;
    private final BatchFolders folders;
    private final TimeLimit timeLimit;
    private final Consumer<String> progress;

    /** The project tables' pipeline; null: project verdicts are not rebuilt. */
    private ProjectPipeline projects;

    private final List<ProjectVerdict> projectVerdicts = new ArrayList<>();
    private ProjectOutputWriter projectNames;

    public RecordRebuild(
            Pipeline pipeline,
            BatchFolders folders,
            TimeLimit timeLimit,
            Consumer<String> progress) {
        this.pipeline = pipeline;
        this.folders = folders;
        this.timeLimit = timeLimit;
        this.progress = progress;
    }

    /**
     * Rebuilds each project's verdict too, from the project tables the filed submissions hold, with
     * the documents the run published for them (see {@link #projects}).
     */
    public RecordRebuild withProjects(ProjectPipeline projects) {
        this.projects = projects;
        return this;
    }

    /** The projects' verdicts found by {@link #entries}, in the order they were given. */
    public List<ProjectVerdict> projects() {
        return List.copyOf(projectVerdicts);
    }

    /**
     * A filed submission, when it was processed and the year its 原因 states ("" when none: an
     * unreadable one is given it at its round's end).
     */
    private record Filed(Path file, String processedAt, String year) {}

    /** The verdicts, in the order they were given. */
    public List<ManifestEntry> entries() throws IOException, InterruptedException {
        List<Filed> filed = new ArrayList<>();
        collect(folders.archive(), true, filed);
        collect(folders.failed(), false, filed);
        filed.sort(
                Comparator.comparing(Filed::processedAt).thenComparing(f -> f.file().toString()));
        Map<String, Integer> versions = new HashMap<>();
        List<ManifestEntry> entries = new ArrayList<>();
        projectVerdicts.clear();
        projectNames = ProjectOutputWriter.replay(folders.out());
        for (Filed f : filed) {
            int before = projectVerdicts.size();
            Optional<ManifestEntry> entry = verdict(f, versions);
            entry.ifPresent(entries::add);
            if (entry.isEmpty() && projectVerdicts.size() > before) {
                progress.accept(
                        f.file().getFileName()
                                + "：项目支出绩效自评表 "
                                + (projectVerdicts.size() - before)
                                + " 个");
                continue;
            }
            progress.accept(
                    f.file().getFileName()
                            + "："
                            + entry.map(
                                            e ->
                                                    e.status().label()
                                                            + " "
                                                            + e.department()
                                                            + " "
                                                            + e.year())
                                    .orElse("无结论（未计入）"));
        }
        // an unreadable one whose 原因 states no year (its run stopped before the round's end, or
        // an older version wrote it): the year being collected that day
        return new ArrayList<>(Manifest.withYearsCollected(entries));
    }

    /**
     * The files refused for their format or name, from their 原因 in failed/&lt;day&gt;/ (提交, 处理时间,
     * 年度, 结果), each under the roster department its name reveals, in the year its 原因 states (fixed
     * when it was received).
     */
    public List<RefusedFile> refused(List<ManifestEntry> entries, Roster roster)
            throws IOException {
        List<RefusedFile> refused = new ArrayList<>();
        if (!Files.isDirectory(folders.failed())) return refused;
        for (Path day : days(folders.failed())) {
            for (Path item : filedIn(day)) {
                String name = item.getFileName().toString();
                Optional<String> reason = text(item, InputMover.REASON);
                if (reason.isEmpty()
                        || isVerdict(reason.get())
                        || reason.get().contains("完全相同，未重新转换")) continue;
                String file = field(reason.get(), "提交：").orElse(name);
                String at = field(reason.get(), "处理时间：").orElseGet(() -> movedAt(item, day));
                // a 原因 that does not say it (written by a run that crashed before the round's
                // end, or by an older version): the year being collected that day
                String year =
                        field(reason.get(), YEAR_FIELD)
                                .orElseGet(() -> Manifest.yearCollectedOn(entries, at));
                refused.add(
                        new RefusedFile(
                                file,
                                roster.namedIn(file).map(RosterEntry::name).orElse(""),
                                year,
                                field(reason.get(), "结果：").orElse(""),
                                at));
            }
        }
        refused.sort(Comparator.comparing(RefusedFile::receivedAt));
        return refused;
    }

    private Optional<ManifestEntry> verdict(Filed f, Map<String, Integer> versions)
            throws IOException, InterruptedException {
        String hash = ContentHash.of(f.file(), SubmissionFinder::isIgnored);
        Optional<Outcome> converted;
        ProjectSubmission found;
        if (ZipSubmission.isZip(f.file())) {
            try (ZipSubmission unpacked = ZipSubmission.unpack(f.file())) {
                found = projects == null ? null : projects.read(unpacked.content());
                converted =
                        alone(found)
                                ? Optional.empty()
                                : timeLimit.convert(pipeline, f.file(), unpacked.content());
            } catch (ZipSubmission.Refused refused) {
                return Optional.empty();
            }
        } else {
            found = projects == null ? null : projects.read(f.file());
            converted = alone(found) ? Optional.empty() : timeLimit.convert(pipeline, f.file());
        }
        if (alone(found)) {
            replayProjects(f, hash, found, null, null);
            return Optional.empty();
        }
        if (converted.isEmpty()) return Optional.empty();
        Outcome outcome = converted.get();
        if (outcome.status() == Status.INTERNAL_ERROR) return Optional.empty();
        if (found != null && found.any())
            replayProjects(f, hash, found, outcome.department(), outcome.year());
        if (outcome.status() == Status.UNREADABLE) {
            ManifestEntry unreadable = ManifestEntry.of(hash, outcome, 0, "", "", f.processedAt());
            return Optional.of(
                    unreadable.year().isBlank() && !f.year().isBlank()
                            ? unreadable.withYear(f.year())
                            : unreadable);
        }
        ReportNames names = ReportNames.of(outcome.department(), outcome.year(), f.file());
        int version = versions.merge(names.key(), 1, Integer::sum);
        String tag = ReportNames.versionTag(version);
        return Optional.of(
                ManifestEntry.of(
                        hash,
                        outcome,
                        version,
                        published(names, names.report(tag), outcome.report() != null),
                        published(names, names.auditReport(tag), outcome.auditReport() != null),
                        f.processedAt()));
    }

    private static boolean alone(ProjectSubmission found) {
        return found != null && found.any() && !found.departmentSheets();
    }

    /**
     * The verdicts of the projects a filed submission holds, with the documents published for them.
     */
    private void replayProjects(
            Filed f, String hash, ProjectSubmission found, String department, String year)
            throws IOException {
        ProjectOutcome outcome =
                projects.convert(
                        f.file(),
                        found,
                        department == null || department.isBlank() ? null : department,
                        year == null || year.isBlank() ? null : year,
                        false);
        ProjectOutputWriter.Written names = projectNames.write(outcome, "");
        String audit = PublishedFiles.relative(folders.out(), names.auditReport());
        for (int i = 0; i < outcome.projects().size(); i++) {
            projectVerdicts.add(
                    ProjectVerdict.of(
                            hash,
                            String.valueOf(f.file().getFileName()),
                            outcome.projects().get(i),
                            outcome.readFindings(),
                            PublishedFiles.relative(folders.out(), names.tables().get(i)),
                            audit,
                            f.processedAt()));
        }
    }

    private String published(ReportNames names, String fileName, boolean written) {
        Path file = names.folder(folders.out()).resolve(fileName);
        return written && Files.isRegularFile(file)
                ? PublishedFiles.relative(folders.out(), file)
                : "";
    }

    private static void collect(Path root, boolean archived, List<Filed> into) throws IOException {
        if (!Files.isDirectory(root)) return;
        for (Path day : days(root)) {
            for (Path item : filedIn(day)) {
                Optional<String> reason = text(item, InputMover.REASON);
                if (archived) {
                    if (text(item, InputMover.NOTE).isPresent())
                        continue; // a duplicate of a converted one
                } else if (reason.isEmpty() || !isVerdict(reason.get())) {
                    continue; // a duplicate, a refusal, or not filed by a run
                }
                String at =
                        reason.flatMap(r -> field(r, "处理时间：")).orElseGet(() -> movedAt(item, day));
                into.add(new Filed(item, at, reason.flatMap(r -> field(r, YEAR_FIELD)).orElse("")));
            }
        }
    }

    /** The day folders (yyyy-MM-dd) of archive/ or failed/, oldest first. */
    private static List<Path> days(Path root) throws IOException {
        try (Stream<Path> s = Files.list(root)) {
            return s.filter(Files::isDirectory)
                    .filter(d -> d.getFileName().toString().matches("\\d{4}-\\d{2}-\\d{2}"))
                    .sorted()
                    .toList();
        }
    }

    /** The filed inputs of a day folder: no companion, no half-written file. */
    private static List<Path> filedIn(Path day) throws IOException {
        try (Stream<Path> s = Files.list(day)) {
            return s.filter(
                            p ->
                                    !p.getFileName().toString().startsWith(AtomicFiles.TEMP_PREFIX)
                                            && !isCompanion(p.getFileName().toString()))
                    .sorted()
                    .toList();
        }
    }

    private static boolean isCompanion(String name) {
        return name.endsWith(InputMover.REASON)
                || name.endsWith(InputMover.NOTE)
                || name.endsWith(InputMover.AUDIT);
    }

    /**
     * A reason written for a verdict on content: blocked by its errors, or unreadable as delivered.
     */
    private static boolean isVerdict(String reason) {
        if (reason.contains("完全相同，未重新转换")) return false;
        Optional<String> result = field(reason, "结果：");
        return result.isPresent()
                && (result.get().equals(Status.BLOCKED.label())
                        || result.get().equals(Status.UNREADABLE.label()));
    }

    private static Optional<String> text(Path item, String suffix) {
        Path companion = item.resolveSibling(item.getFileName() + suffix);
        try {
            return Files.isRegularFile(companion)
                    ? Optional.of(Files.readString(companion, StandardCharsets.UTF_8))
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> field(String text, String label) {
        return text.lines()
                .filter(l -> l.startsWith(label))
                .map(l -> l.substring(label.length()).strip())
                .findFirst();
    }

    /**
     * When a file was moved into its day folder: its change time (a rename sets it), else the day
     * itself.
     */
    private static String movedAt(Path item, Path day) {
        try {
            FileTime changed = (FileTime) Files.getAttribute(item, "unix:ctime");
            LocalDateTime at = LocalDateTime.ofInstant(changed.toInstant(), ZoneId.systemDefault());
            if (at.toLocalDate().toString().equals(day.getFileName().toString()))
                return at.format(TIME);
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            // not a Unix file system: the day is all there is
        }
        return day.getFileName() + " 00:00:00";
    }
}
