package org.selfeval.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.selfeval.evaluate.config.ConfigException;
import org.selfeval.framework.Framework;
import org.selfeval.framework.FrameworkSource;
import org.selfeval.pipeline.Status;
import org.selfeval.publish.Manifest;
import org.selfeval.publish.ManifestEntry;
import org.selfeval.publish.ProjectVerdict;
import org.selfeval.publish.RecordDamaged;
import org.selfeval.publish.RefusedFile;
import org.selfeval.report.print.JsonPrinter;
import org.selfeval.summary.ProjectBoard;
import org.selfeval.summary.ProjectSummarySheet;
import org.selfeval.summary.StatusBoard;
import org.selfeval.summary.StatusText;
import org.selfeval.summary.SummaryCsv;
import org.selfeval.summary.roster.Roster;
import org.selfeval.summary.roster.RosterException;
import org.selfeval.summary.roster.RosterFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code selfeval status}: who has submitted, who is blocked, who is missing — read from the output
 * folder's manifest and the roster, changing nothing (safe while a run is working).
 */
@Command(
        name = "status",
        sortOptions = false,
        description = {
            "显示部门名单中各部门的报送状态：报告已生成、存在错误、无法读取、未报送。",
            "只读取输出文件夹中的处理清单和部门名单，不修改任何文件，run 运行时也可使用。"
        },
        synopsisHeading = "用法：",
        optionListHeading = "%n选项：%n")
public final class StatusCommand implements Callable<Integer> {

    enum Format {
        table,
        csv,
        json
    }

    @Mixin HelpOption helpOption;

    @Spec CommandSpec spec;

    @Option(names = "--inbox", paramLabel = "DIR", description = "收件文件夹，用于查找旁边的部门名单（默认：inbox）")
    Path inbox = Path.of("inbox");

    @Option(names = "--out", paramLabel = "DIR", description = "输出文件夹（默认：output）")
    Path out = Path.of("output");

    @Option(
            names = "--roster",
            paramLabel = "FILE",
            description = "部门名单（默认：收件文件夹旁的 " + RosterFiles.FILE_NAME + "）")
    Path roster;

    @Option(names = "--year", paramLabel = "YYYY", description = "评价年度（默认：已处理报送中最新的年度）")
    String year;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "table",
            description = "输出格式：table（默认，供人阅读）、csv、json（供程序读取）")
    Format format;

    @Option(names = "--projects", description = "与 --format csv 同用：输出各项目支出绩效自评表的状态（每个项目一行），而不是各部门的")
    boolean projectRows;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        Roster departments;
        List<ManifestEntry> entries;
        List<RefusedFile> refused;
        List<ProjectVerdict> projects;
        try {
            departments = RosterFiles.load(roster, inbox);
        } catch (RosterException e) {
            err.println(e.getMessage());
            return ExitCodes.USAGE;
        }
        try {
            entries = Manifest.read(out.toAbsolutePath().normalize());
            refused = Manifest.readRefused(out.toAbsolutePath().normalize());
            projects = Manifest.readProjects(out.toAbsolutePath().normalize());
        } catch (RecordDamaged e) {
            err.println(e.line(RecordCommand.rebuildCommand(inbox, out)));
            return ExitCodes.USAGE;
        } catch (IOException e) {
            err.println(
                    "无法读取输出文件夹 " + out.toAbsolutePath().normalize() + " 中的处理清单：" + e.getMessage());
            return ExitCodes.INTERNAL;
        }
        err.println(departments.announcement());
        String shown = year != null ? year.strip() : StatusBoard.currentYear(entries);
        if (year == null && entries.isEmpty() && !projects.isEmpty()) {
            // a season of project tables alone: their newest year
            shown =
                    ProjectBoard.years(projects).stream()
                            .max(java.util.Comparator.naturalOrder())
                            .orElse(shown);
        }
        StatusBoard board =
                StatusBoard.of(shown, entries, refused, departments).wordedBy(bureauWording());
        ProjectBoard projectBoard = ProjectBoard.of(shown, projects);
        switch (format) {
            case table -> {
                StatusText.lines(board).forEach(stdout::println);
                refusedLines(board.refused()).forEach(stdout::println);
                projectLines(projectBoard).forEach(stdout::println);
            }
            case csv -> stdout.print(projectRows ? projectCsv(projectBoard) : csv(board));
            case json -> stdout.println(json(board, projectBoard));
        }
        stdout.flush();
        return ExitCodes.OK;
    }

    /**
     * The files of this year that were received and refused, each with its department (when known)
     * and reason.
     */
    private static List<String> refusedLines(List<RefusedFile> refused) {
        if (refused.isEmpty()) return List.of();
        List<String> lines = new java.util.ArrayList<>();
        lines.add("");
        lines.add("另有 " + refused.size() + " 个文件收到后未能处理（已移入失败文件夹，旁附原因）：");
        for (RefusedFile r : refused) {
            lines.add(
                    "  "
                            + (r.department().isEmpty() ? "（无法识别部门）" : r.department())
                            + "："
                            + r.file()
                            + " — "
                            + r.result()
                            + "（"
                            + r.receivedAt()
                            + "）");
        }
        return lines;
    }

    /**
     * The year's 项目支出绩效自评表: how many, how many published or blocked, and each blocked project with
     * its department (what needs action).
     */
    private static List<String> projectLines(ProjectBoard board) {
        if (board.isEmpty()) return List.of();
        List<String> lines = new java.util.ArrayList<>();
        lines.add("");
        lines.add(
                "项目支出绩效自评表：共 "
                        + board.rows().size()
                        + " 个，自评表已生成 "
                        + board.count(Status.CONVERTED)
                        + " 个，存在错误 "
                        + board.count(Status.BLOCKED)
                        + " 个");
        for (ProjectVerdict v : board.rows()) {
            if (v.status() != Status.BLOCKED) continue;
            lines.add(
                    "  存在错误："
                            + (v.department().isEmpty() ? "（未填主管部门）" : v.department())
                            + " "
                            + v.project()
                            + "（"
                            + ProjectBoard.remark(v)
                            + "）");
        }
        return lines;
    }

    private static String projectCsv(ProjectBoard board) {
        try {
            return new String(ProjectSummarySheet.csv(board), StandardCharsets.UTF_8).substring(1);
        } catch (IOException e) {
            throw new IllegalStateException(e); // writes to memory only
        }
    }

    /** The summary CSV without its BOM: a script reads UTF-8 anyway. */
    private static String csv(StatusBoard board) {
        try {
            return new String(SummaryCsv.bytes(board), StandardCharsets.UTF_8).substring(1);
        } catch (IOException e) {
            throw new IllegalStateException(e); // writes to memory only
        }
    }

    /** {"年度": …, "部门": [{header: text, …}, …]}, keyed by the summary's column headers. */
    private static String json(StatusBoard board, ProjectBoard projects) {
        String rows = objects(SummaryCsv.header(board), SummaryCsv.cells(board));
        return "{\"年度\":"
                + JsonPrinter.str(board.year())
                + ",\"使用部门名单\":"
                + board.rosterUsed()
                + ",\"无法识别部门\":"
                + board.unattributed()
                + ",\"部门\":"
                + (board.rows().isEmpty() ? "[]" : rows)
                + ",\"未能处理的文件\":"
                + refusedJson(board.refused())
                + ",\"项目统计\":{\"项目数\":"
                + projects.rows().size()
                + ",\"自评表已生成\":"
                + projects.count(Status.CONVERTED)
                + ",\"存在错误\":"
                + projects.count(Status.BLOCKED)
                + "},\"项目\":"
                + (projects.isEmpty()
                        ? "[]"
                        : objects(
                                ProjectSummarySheet.header(projects),
                                ProjectSummarySheet.cells(projects)))
                + "}";
    }

    /** [{header: text, …}, …]: one object per row, keyed by the column headers. */
    private static String objects(List<String> header, List<List<String>> rows) {
        return rows.stream()
                .map(
                        cells ->
                                IntStream.range(0, header.size())
                                        .mapToObj(
                                                i ->
                                                        JsonPrinter.str(header.get(i))
                                                                + ":"
                                                                + JsonPrinter.str(cells.get(i)))
                                        .collect(Collectors.joining(",", "{", "}")))
                .collect(Collectors.joining(",\n  ", "[\n  ", "\n]"));
    }

    /**
     * [{"文件": …, "部门": …, "原因": …, "收到时间": …}, …]: the year's files refused for their format or
     * name.
     */
    private static String refusedJson(List<RefusedFile> refused) {
        return refused.stream()
                .map(
                        r ->
                                "{\"文件\":"
                                        + JsonPrinter.str(r.file())
                                        + ",\"部门\":"
                                        + JsonPrinter.str(r.department())
                                        + ",\"原因\":"
                                        + JsonPrinter.str(r.result())
                                        + ",\"收到时间\":"
                                        + JsonPrinter.str(r.receivedAt())
                                        + "}")
                .collect(Collectors.joining(",", "[", "]"));
    }

    /**
     * The framework beside the inbox, as `run` finds it, so the columns read as in 汇总; a damaged
     * one is `run`'s to report: here the built-in words stand.
     */
    private Framework bureauWording() {
        try {
            return FrameworkSource.nearby(inbox.toAbsolutePath().getParent())
                    .map(p -> PipelineWiring.wording(p.toString()))
                    .orElse(null);
        } catch (ConfigException e) {
            return null;
        }
    }
}
