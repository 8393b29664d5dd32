package org.selfeval.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.selfeval.ingest.grid.SheetGrid;
import org.selfeval.model.BasicInfo;
import org.selfeval.model.CellRef;
import org.selfeval.model.ComparisonTable;
import org.selfeval.model.FundsTable;
import org.selfeval.model.IndicatorRow;
import org.selfeval.model.KeyProject;
import org.selfeval.model.ManagementData;
import org.selfeval.model.Submission;
import org.selfeval.model.WorkbookContract;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Collects the data sheets of a submission as they are met, across one or several files: each known
 * sheet is read once; a sheet met twice is an 错误 naming both files; sheets never met are reported
 * when assembling.
 */
final class SheetParts {

    private static final Logger LOG = LoggerFactory.getLogger(SheetParts.class);

    private final FindingSink sink;

    /** Canonical sheet name → the file it was read from. */
    private final Map<String, String> seenIn = new LinkedHashMap<>();

    /** Every sheet name met (data or not), "file: sheet", for the missing-sheet message. */
    private final Set<String> allSheets = new LinkedHashSet<>();

    private BasicInfo info;
    private ComparisonTable income;
    private ComparisonTable expenditure;
    private List<IndicatorRow> indicators = List.of();
    private List<KeyProject> keyProjects = List.of();
    private ManagementData management = ManagementData.empty();
    private FundsTable funds = FundsTable.NONE;
    private final List<String> managementItems;

    SheetParts(FindingSink sink, List<String> managementItems) {
        this.sink = sink;
        this.managementItems = managementItems;
    }

    void accept(SheetGrid grid) {
        allSheets.add(grid.sheet());
        String sheet = canonical(grid.sheet());
        if (sheet == null) return;
        String earlier = seenIn.putIfAbsent(sheet, grid.file());
        if (earlier != null) {
            sink.error(
                    "READ-DUPLICATE-SHEET",
                    new CellRef(grid.file(), grid.sheet(), null),
                    sheet,
                    "",
                    "",
                    "工作表“"
                            + sheet
                            + "”同时出现在“"
                            + earlier
                            + "”和“"
                            + grid.file()
                            + "”中，只采用“"
                            + earlier
                            + "”中的。请删除其中一份，每张表只提交一次。");
            return;
        }
        try {
            read(grid, sheet);
        } catch (RuntimeException e) {
            // POI parses some parts lazily (merged ranges, styles): a malformed file can still fail
            // here.
            LOG.warn("Could not read sheet {} of {}", grid.sheet(), grid.file(), e);
            sink.error(
                    "READ-SHEET",
                    new CellRef(grid.file(), grid.sheet(), null),
                    sheet,
                    "",
                    e.getClass().getSimpleName(),
                    "工作表“"
                            + grid.sheet()
                            + "”（"
                            + grid.file()
                            + "）无法读取（"
                            + e.getClass().getSimpleName()
                            + "）。请用 Excel 或 WPS 打开该文件，将此表的内容复制到新的模板中后重新提交。");
        }
    }

    private void read(SheetGrid grid, String sheet) {
        switch (sheet) {
            case WorkbookContract.SHEET_INFO ->
                    info = new InfoSheetReader(sink).read(grid).orElse(null);
            case WorkbookContract.SHEET_INCOME ->
                    income = new ComparisonSheetReader(sink).read(grid, sheet).orElse(null);
            case WorkbookContract.SHEET_EXPENDITURE ->
                    expenditure = new ComparisonSheetReader(sink).read(grid, sheet).orElse(null);
            case WorkbookContract.SHEET_INDICATORS ->
                    indicators = new IndicatorSheetReader(sink).read(grid).orElse(List.of());
            case WorkbookContract.SHEET_PROJECTS ->
                    keyProjects = new ProjectSheetReader(sink).read(grid).orElse(List.of());
            case WorkbookContract.SHEET_MANAGEMENT ->
                    management =
                            new ManagementSheetReader(sink, managementItems)
                                    .read(grid)
                                    .orElse(ManagementData.empty());
            case WorkbookContract.SHEET_FUNDS ->
                    funds = new FundsSheetReader(sink).read(grid).orElse(FundsTable.NONE);
            default -> {}
        }
    }

    /**
     * Whether a sheet name as typed is one of the contract's sheets (which the streaming reader
     * reads strictly).
     */
    static boolean isDataSheet(String sheetName) {
        return canonical(sheetName) != null;
    }

    /**
     * The contract's name for a sheet name as typed (spaces, full-width forms tolerated), null for
     * other sheets.
     */
    static String canonical(String sheetName) {
        String n = HeaderText.normalize(sheetName);
        for (String s : WorkbookContract.DATA_SHEETS) {
            if (HeaderText.normalize(s).equals(n)) return s;
        }
        for (String s : WorkbookContract.OPTIONAL_SHEETS) {
            if (HeaderText.normalize(s).equals(n)) return s;
        }
        return null;
    }

    /** The submission, or null when 基本信息 could not be read. Reports missing sheets. */
    Submission assemble(Path origin, List<Path> files) {
        List<String> missing = new ArrayList<>();
        for (String s : WorkbookContract.DATA_SHEETS) if (!seenIn.containsKey(s)) missing.add(s);
        if (!missing.isEmpty() && !files.isEmpty()) {
            List<String> names = files.stream().map(SourceFiles::name).toList();
            String found = allSheets.isEmpty() ? "（没有工作表）" : String.join("、", allSheets);
            sink.error(
                    "READ-MISSING-SHEET",
                    CellRef.file(String.join("、", names)),
                    String.join("、", missing),
                    String.join("、", missing),
                    found,
                    "提交的文件（"
                            + String.join("、", names)
                            + "）中缺少工作表："
                            + String.join("、", missing)
                            + "。找到的工作表："
                            + found
                            + "。请使用官方模板，不要删除或改名工作表；分文件提交时，CSV 文件名应为工作表名，如“"
                            + WorkbookContract.SHEET_MANAGEMENT
                            + ".csv”。");
        }
        if (info == null) return null;
        return new Submission(
                origin,
                files,
                info,
                orEmpty(income, WorkbookContract.SHEET_INCOME),
                orEmpty(expenditure, WorkbookContract.SHEET_EXPENDITURE),
                indicators,
                keyProjects,
                management,
                funds);
    }

    private static ComparisonTable orEmpty(ComparisonTable table, String sheet) {
        return table != null ? table : new ComparisonTable(sheet, null, List.of());
    }
}
