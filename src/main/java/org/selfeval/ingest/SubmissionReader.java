package org.selfeval.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.selfeval.framework.BuiltInFrameworks;
import org.selfeval.ingest.grid.ReadLimits;
import org.selfeval.ingest.xlsx.StreamingWorkbook;
import org.selfeval.model.CellRef;
import org.selfeval.model.FindingKind;
import org.selfeval.model.Submission;
import org.selfeval.pipeline.ReadResult;
import org.selfeval.pipeline.ReadStage;

/**
 * Reads a submission — one workbook (.xlsx, .xlsm, .xls), one CSV, or a folder of them whose sheets
 * together make the set — into the model, header-driven, every value with its file, sheet and cell.
 * Bad input becomes findings, never exceptions. Stateless and thread-safe: each read has its own
 * findings.
 */
public final class SubmissionReader implements ReadStage {

    /** Whether .xlsx/.xlsm files may take the streaming path (see {@link StreamingWorkbook}). */
    private final boolean streaming;

    /** The 管理指标数据 items of the frameworks in effect, spelled the canonical way. */
    private final List<String> managementItems;

    /** A reader for the default framework (and the built-in ones a submission may name). */
    public SubmissionReader() {
        this(BuiltInFrameworks.managementItems(BuiltInFrameworks.defaultFramework()));
    }

    /**
     * @param managementItems the 管理指标数据 items of the frameworks in effect ({@link
     *     BuiltInFrameworks#managementItems})
     */
    public SubmissionReader(List<String> managementItems) {
        this(true, managementItems);
    }

    /**
     * @param streaming false reads every workbook with POI's usermodel (for tests comparing the two
     *     paths)
     */
    SubmissionReader(boolean streaming) {
        this(streaming, BuiltInFrameworks.managementItems(BuiltInFrameworks.defaultFramework()));
    }

    private SubmissionReader(boolean streaming, List<String> managementItems) {
        this.streaming = streaming;
        this.managementItems = List.copyOf(managementItems);
    }

    @Override
    public List<FindingKind> kinds() {
        return ReadFindings.kinds();
    }

    @Override
    public ReadResult read(Path origin) {
        FindingSink sink = new FindingSink();
        String originName = SourceFiles.name(origin);
        if (!Files.exists(origin)) {
            sink.error(
                    "READ-NOT-FOUND",
                    CellRef.file(originName),
                    "",
                    "",
                    "",
                    "找不到“" + originName + "”。");
            return new ReadResult(origin, null, sink.findings());
        }
        List<Path> candidates;
        if (Files.isDirectory(origin)) {
            candidates = SourceFiles.inFolder(origin, sink);
        } else if (SourceFiles.isSpreadsheet(origin) || SourceFiles.isCsv(origin)) {
            candidates = List.of(origin);
        } else {
            sink.error(
                    "READ-NOT-SPREADSHEET",
                    CellRef.file(originName),
                    "",
                    "",
                    "",
                    "文件“" + originName + "”不是工作簿（.xlsx/.xlsm/.xls）或 CSV 文件。请提交填好的模板。");
            return new ReadResult(origin, null, sink.findings());
        }
        SheetParts parts = new SheetParts(sink, managementItems);
        List<Path> read = new ArrayList<>();
        for (Path file : candidates) {
            if (readFile(file, sink, parts)) read.add(file);
        }
        Submission submission = read.isEmpty() ? null : parts.assemble(origin, read);
        return new ReadResult(origin, submission, sink.findings());
    }

    private boolean readFile(Path file, FindingSink sink, SheetParts parts) {
        String name = SourceFiles.name(file);
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            sink.error(
                    "READ-IO",
                    CellRef.file(name),
                    "",
                    "",
                    "",
                    "无法读取文件“"
                            + name
                            + "”（"
                            + e.getClass().getSimpleName()
                            + "）。请检查文件是否被占用或没有读取权限。");
            return false;
        }
        if (size == 0) {
            sink.error(
                    "READ-EMPTY",
                    CellRef.file(name),
                    "",
                    "",
                    "",
                    "文件“" + name + "”是空文件（0 字节）。请重新保存并提交填好的工作簿。");
            return false;
        }
        if (size > ReadLimits.MAX_FILE_BYTES) {
            sink.error(
                    "READ-TOO-LARGE",
                    CellRef.file(name),
                    "",
                    "不超过 " + ReadLimits.MAX_FILE_BYTES / 1024 / 1024 + " MB",
                    size / 1024 / 1024 + " MB",
                    "文件“"
                            + name
                            + "”超过 "
                            + ReadLimits.MAX_FILE_BYTES / 1024 / 1024
                            + " MB，未读取。模板填好后通常不到 1 MB：请删除多余的行、图片和格式后另存。");
            return false;
        }
        if (SourceFiles.isCsv(file)) {
            return CsvSource.read(file, sink)
                    .map(
                            grid -> {
                                parts.accept(grid);
                                return true;
                            })
                    .orElse(false);
        }
        return WorkbookSource.read(file, sink, parts::accept, streaming);
    }
}
