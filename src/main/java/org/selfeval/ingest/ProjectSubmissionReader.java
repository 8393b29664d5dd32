package org.selfeval.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.selfeval.framework.ProjectFramework;
import org.selfeval.model.CellRef;
import org.selfeval.model.ProjectSheet;
import org.selfeval.model.ProjectSubmission;
import org.selfeval.model.WorkbookContract;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the project tables of a submission — sheets in the 项目支出绩效自评表 layout, in a department's
 * workbook beside its own sheets, in a workbook per project, or in a folder of them — and reads
 * each. Bad input becomes findings. Stateless: each read has its own findings.
 */
public final class ProjectSubmissionReader {

    private static final Logger LOG = LoggerFactory.getLogger(ProjectSubmissionReader.class);

    private final Function<String, ProjectFramework> frameworkFor;

    /**
     * @param frameworkFor the framework a sheet is read with, given its 指标体系 cell ("" when blank)
     */
    public ProjectSubmissionReader(Function<String, ProjectFramework> frameworkFor) {
        this.frameworkFor = frameworkFor;
    }

    public ProjectSubmission read(Path origin) {
        FindingSink sink = new FindingSink();
        List<ProjectSheet> projects = new ArrayList<>();
        boolean[] department = {false};
        List<Path> files;
        if (Files.isDirectory(origin)) files = SourceFiles.inFolder(origin, new FindingSink());
        else if (SourceFiles.isSpreadsheet(origin)) files = List.of(origin);
        else files = List.of();
        for (Path file : files) {
            if (!SourceFiles.isSpreadsheet(file)) continue;
            var names = SheetNames.of(file);
            if (names.isPresent()
                    && names.get().stream().allMatch(ProjectSubmissionReader::departmentOnly)) {
                if (names.get().stream()
                        .anyMatch(n -> WorkbookContract.SHEET_INFO.equals(SheetParts.canonical(n))))
                    department[0] = true;
                continue;
            }
            // the department's reader reports a file that cannot be opened; a project-only file is
            // reported here
            FindingSink opening = new FindingSink();
            boolean opened =
                    WorkbookSource.read(
                            file,
                            opening,
                            grid -> {
                                if (WorkbookContract.SHEET_INFO.equals(
                                        SheetParts.canonical(grid.sheet()))) department[0] = true;
                                if (SheetParts.canonical(grid.sheet()) != null
                                        || !ProjectTableReader.looksLikeProject(grid)) return;
                                try {
                                    ProjectSheet sheet =
                                            new ProjectTableReader(sink).read(grid, frameworkFor);
                                    if (!sheet.untouched()) projects.add(sheet);
                                    else
                                        sink.info(
                                                "READ-PROJECT-BLANK",
                                                new CellRef(grid.file(), grid.sheet(), null),
                                                grid.sheet(),
                                                "工作表“"
                                                        + grid.sheet()
                                                        + "”（"
                                                        + grid.file()
                                                        + "）是未填写的项目表（项目名称、资金、目标和指标都是空的），已跳过；不需要时可删除该表。");
                                } catch (RuntimeException e) {
                                    LOG.warn(
                                            "Could not read project sheet {} of {}",
                                            grid.sheet(),
                                            grid.file(),
                                            e);
                                    sink.error(
                                            "READ-SHEET",
                                            new CellRef(grid.file(), grid.sheet(), null),
                                            grid.sheet(),
                                            "",
                                            e.getClass().getSimpleName(),
                                            "工作表“"
                                                    + grid.sheet()
                                                    + "”（"
                                                    + grid.file()
                                                    + "）无法读取（"
                                                    + e.getClass().getSimpleName()
                                                    + "）。请用 Excel 或 WPS 打开该文件，将此表的内容复制到新的项目支出绩效自评模板中后重新提交。");
                                }
                            },
                            true);
            if (!opened)
                opening.findings()
                        .forEach(
                                f ->
                                        sink.add(
                                                f.severity(),
                                                f.ruleId(),
                                                f.source(),
                                                f.item(),
                                                f.expected(),
                                                f.found(),
                                                f.message()));
        }
        return new ProjectSubmission(origin, projects, sink.findings(), department[0]);
    }

    /**
     * A sheet a department's template has (its data sheets, the guide, the hidden dropdown lists):
     * no project there.
     */
    private static boolean departmentOnly(String sheet) {
        return SheetParts.canonical(sheet) != null
                || HeaderText.normalize(sheet).equals(WorkbookContract.SHEET_GUIDE)
                || HeaderText.normalize(sheet).equals(DROPDOWN_LISTS);
    }

    /** The template's hidden sheet of long dropdown lists. */
    private static final String DROPDOWN_LISTS = "下拉列表";
}
