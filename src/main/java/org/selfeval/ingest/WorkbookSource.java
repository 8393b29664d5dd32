package org.selfeval.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.EmptyFileException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.poifs.filesystem.NotOLE2FileException;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.selfeval.ingest.grid.ReadLimits;
import org.selfeval.ingest.grid.SheetGrid;
import org.selfeval.ingest.xlsx.StreamingWorkbook;
import org.selfeval.ingest.xlsx.WorkbookCensus;
import org.selfeval.model.CellRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens one workbook read-only from its file (POI then reads parts on demand rather than buffering
 * the stream) and hands each sheet to a consumer while the workbook is open. Every way a file can
 * fail to open becomes a Chinese 错误 finding; POI's zip-bomb limits stay on, and the declared
 * uncompressed size is checked first. An .xlsx/.xlsm saved with computed formula values is streamed
 * instead ({@link StreamingWorkbook}) when that reads exactly what POI's usermodel would; any other
 * goes the usermodel way, census first, as before.
 */
final class WorkbookSource {

    private static final Logger LOG = LoggerFactory.getLogger(WorkbookSource.class);

    private WorkbookSource() {}

    /**
     * @param streaming whether an .xlsx/.xlsm may be read by {@link StreamingWorkbook} (tests
     *     compare both ways)
     * @return whether the workbook could be opened and its sheets were handed over
     */
    static boolean read(
            Path file, FindingSink sink, Consumer<SheetGrid> sheets, boolean streaming) {
        String name = SourceFiles.name(file);
        CellRef ref = CellRef.file(name);
        boolean zip = isZip(file);
        if (zip && uncompressedSize(file) > ReadLimits.MAX_UNCOMPRESSED_BYTES) {
            sink.error(
                    "READ-TOO-LARGE",
                    ref,
                    "",
                    "",
                    "",
                    "工作簿“"
                            + name
                            + "”解压后超过 "
                            + ReadLimits.MAX_UNCOMPRESSED_BYTES / 1024 / 1024
                            + " MB，可能含大量空行或格式，未读取。请删除多余的行和格式后另存。");
            return false;
        }
        if (zip && streaming) {
            // counts the cells as it goes: a workbook streamed has no more than the census would
            // let through
            Optional<List<SheetGrid>> streamed =
                    StreamingWorkbook.read(
                            file, name, ReadLimits.MAX_CELLS, SheetParts::isDataSheet);
            if (streamed.isPresent()) {
                streamed.get().forEach(sheets);
                return true;
            }
        }
        if (zip) {
            long cells = WorkbookCensus.cells(file, ReadLimits.MAX_CELLS);
            if (cells > ReadLimits.MAX_CELLS) {
                sink.error(
                        "READ-TOO-MANY-CELLS",
                        ref,
                        "",
                        "不超过 " + ReadLimits.MAX_CELLS + " 个单元格",
                        "超过 " + ReadLimits.MAX_CELLS + " 个",
                        "工作簿“"
                                + name
                                + "”的单元格超过 "
                                + ReadLimits.MAX_CELLS
                                + " 个（模板填好后通常只有几千个），可能含大量多余的行或格式化的空行，未读取。"
                                + "请删除表格下方多余的行（选中后“删除行”，而不是清除内容）后另存，再重新提交。");
                return false;
            }
        }
        Workbook opened;
        try {
            opened = WorkbookFactory.create(file.toFile(), null, true);
        } catch (EncryptedDocumentException e) {
            sink.error(
                    "READ-ENCRYPTED",
                    ref,
                    "",
                    "",
                    "",
                    "工作簿“"
                            + name
                            + "”设置了打开密码，无法读取。请在 Excel 中取消密码（文件 → 信息 → 保护工作簿 → 用密码进行加密，清空密码）后重新提交。");
            return false;
        } catch (OldExcelFormatException e) {
            sink.error(
                    "READ-OLD-FORMAT",
                    ref,
                    "",
                    "",
                    "",
                    "工作簿“" + name + "”是 Excel 95 或更早的格式，无法读取。请在 Excel 中另存为“Excel 工作簿(*.xlsx)”。");
            return false;
        } catch (EmptyFileException e) {
            sink.error("READ-EMPTY", ref, "", "", "", "文件“" + name + "”是空文件（0 字节）。请重新保存并提交填好的工作簿。");
            return false;
        } catch (NotOfficeXmlFileException | NotOLE2FileException e) {
            notSpreadsheet(sink, ref, name);
            return false;
        } catch (IOException | RuntimeException e) {
            classify(sink, ref, name, e);
            return false;
        }
        // Opening is guarded here (POI parses the file then); each sheet's reading is guarded by
        // SheetParts.
        try (Workbook workbook = opened) {
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            evaluator.setIgnoreMissingWorkbooks(true);
            DataFormatter formatter = new DataFormatter(Locale.SIMPLIFIED_CHINESE);
            try {
                ExternalReferences.report(workbook, name, sink);
            } catch (RuntimeException e) {
                LOG.debug(
                        "Could not scan {} for links to other workbooks",
                        name,
                        e); // the sheet readers report it
            }
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                sheets.accept(new PoiSheetGrid(name, workbook.getSheetAt(i), evaluator, formatter));
            }
        } catch (IOException closing) {
            LOG.debug("Closing read-only workbook {} failed", name, closing);
        }
        return true;
    }

    private static void classify(FindingSink sink, CellRef ref, String name, Exception e) {
        String chain = messages(e).toLowerCase(Locale.ROOT);
        if (chain.contains("zip bomb") || chain.contains("zipsecurefile")) {
            sink.error(
                    "READ-ZIP-BOMB",
                    ref,
                    "",
                    "",
                    "",
                    "工作簿“" + name + "”的压缩比异常（可能是损坏或恶意构造的文件），为安全起见未读取。请用 Excel 打开后另存为新文件再提交。");
        } else if (chain.contains("doctype")
                || chain.contains("external entit")
                || chain.contains("entity")) {
            // POI refuses DTDs, so an XML external-entity payload never reaches a parser that would
            // expand it
            sink.error(
                    "READ-XML-DOCTYPE",
                    ref,
                    "",
                    "",
                    "",
                    "工作簿“"
                            + name
                            + "”的内部 XML 含有 Excel 不会写入的 DOCTYPE/实体声明（可能是恶意构造的文件），为安全起见未读取。"
                            + "请用 Excel 或 WPS 打开后另存为新的 .xlsx 再提交。");
        } else if (chain.contains("strict")) {
            sink.error(
                    "READ-STRICT-OOXML",
                    ref,
                    "",
                    "",
                    "",
                    "工作簿“"
                            + name
                            + "”是“Strict Open XML 电子表格”格式，无法读取。请在 Excel 中另存为“Excel 工作簿(*.xlsx)”。");
        } else if (chain.contains("unsupported file type")
                || chain.contains("not a valid")
                || chain.contains("no valid entries")
                || chain.contains("invalid header signature")
                || chain.contains("invalidformatexception")
                || chain.contains("zip")) {
            notSpreadsheet(sink, ref, name);
        } else {
            LOG.warn("Could not read workbook {}", name, e);
            sink.error(
                    "READ-CORRUPT",
                    ref,
                    "",
                    "",
                    e.getClass().getSimpleName(),
                    "工作簿“"
                            + name
                            + "”已损坏或无法读取（"
                            + e.getClass().getSimpleName()
                            + "）。请用 Excel 或 WPS 打开确认无误后另存为 .xlsx 再提交。");
        }
    }

    private static void notSpreadsheet(FindingSink sink, CellRef ref, String name) {
        sink.error(
                "READ-NOT-SPREADSHEET",
                ref,
                "",
                "",
                "",
                "文件“"
                        + name
                        + "”不是 Excel 工作簿（可能是改了扩展名的其他文件，或文件已损坏）。请用 Excel 或 WPS 打开填好的模板，另存为 .xlsx 后提交。");
    }

    private static String messages(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null && sb.length() < 10_000; t = t.getCause()) {
            sb.append(t.getClass().getSimpleName())
                    .append(": ")
                    .append(t.getMessage())
                    .append('\n');
            if (t.getCause() == t) break;
        }
        return sb.toString();
    }

    private static boolean isZip(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4
                    && head[0] == 'P'
                    && head[1] == 'K'
                    && head[2] == 3
                    && head[3] == 4;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Sum of the sizes the zip directory declares; 0 when unknown (POI's own limits then apply).
     */
    private static long uncompressedSize(Path file) {
        long total = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                long size = entries.nextElement().getSize();
                if (size > 0) total += size;
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return total;
    }
}
