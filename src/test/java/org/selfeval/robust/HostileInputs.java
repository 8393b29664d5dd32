package org.selfeval.robust;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Generates hostile and broken inputs from the corrected example workbook, in memory (the example
 * file is read, never opened for writing). Nothing binary is committed: every case is built by the
 * test that needs it.
 */
final class HostileInputs {

    static final Path EXAMPLE = Path.of("input-templates/examples/huadu-amr-2023-corrected.xlsx");
    static final String GOOD_DEPARTMENT = "广州市花都区市场监督管理局";

    private HostileInputs() {}

    /** A change to the example workbook. */
    @FunctionalInterface
    interface Edit {
        void apply(XSSFWorkbook wb) throws IOException;
    }

    static byte[] example() throws IOException {
        return Files.readAllBytes(EXAMPLE);
    }

    /** The example with its 部门名称 (基本信息!B3) replaced and the edits applied. */
    static byte[] variant(String department, Edit... edits) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(example()))) {
            set(wb, "基本信息", "B3", department);
            for (Edit e : edits) e.apply(wb);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    static Path write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        return Files.write(file, bytes);
    }

    static Cell cell(XSSFWorkbook wb, String sheet, String address) {
        CellReference ref = new CellReference(address);
        Sheet s = wb.getSheet(sheet);
        Row row =
                s.getRow(ref.getRow()) == null ? s.createRow(ref.getRow()) : s.getRow(ref.getRow());
        return row.getCell(ref.getCol()) == null
                ? row.createCell(ref.getCol())
                : row.getCell(ref.getCol());
    }

    static void set(XSSFWorkbook wb, String sheet, String address, Object value) {
        Cell c = cell(wb, sheet, address);
        if (value instanceof Number n) {
            c.setCellValue(n.doubleValue());
        } else {
            c.setCellValue(String.valueOf(value));
        }
    }

    static Edit value(String sheet, String address, Object value) {
        return wb -> set(wb, sheet, address, value);
    }

    static Edit formula(String sheet, String address, String formula) {
        return wb -> cell(wb, sheet, address).setCellFormula(formula);
    }

    static Edit removeSheets(String... names) {
        return wb -> {
            for (String n : names) wb.removeSheetAt(wb.getSheetIndex(n));
        };
    }

    /** A serial number with a date format, as Excel stores a date typed into a cell. */
    static Edit date(String sheet, String address, double serial) {
        return wb -> {
            Cell c = cell(wb, sheet, address);
            c.setCellValue(serial);
            CellStyle style = wb.createCellStyle();
            style.cloneStyleFrom(c.getCellStyle());
            style.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            c.setCellStyle(style);
        };
    }

    static byte[] randomBytes(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    static byte[] truncated(byte[] bytes) {
        return Arrays.copyOf(bytes, bytes.length / 2);
    }

    static byte[] docx() throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("这是一份 Word 文档，不是工作簿。");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        }
    }

    static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                        + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] encrypted(byte[] workbook) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream out = encryptor.getDataStream(fs)) {
                out.write(workbook);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            fs.writeFilesystem(bytes);
            return bytes.toByteArray();
        }
    }

    /** A tiny file whose content-types part inflates to 30 MB of spaces. */
    static byte[] zipBomb() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(
                    "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                            .getBytes(StandardCharsets.UTF_8));
            byte[] spaces = new byte[1024 * 1024];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 30; i++) zip.write(spaces);
            zip.write("</Types>".getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    /**
     * The workbook with its macro-enabled content type and a VBA project part (never run by
     * anyone).
     */
    static byte[] withMacros(byte[] workbook) throws IOException {
        return rewrite(
                workbook,
                Map.of(
                        "[Content_Types].xml",
                                xml ->
                                        xml.replace(
                                                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                                                        "application/vnd.ms-excel.sheet.macroEnabled.main+xml")
                                                .replace(
                                                        "<Default ",
                                                        "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/><Default "),
                        "xl/_rels/workbook.xml.rels",
                                xml ->
                                        xml.replace(
                                                "</Relationships>",
                                                "<Relationship Id=\"rIdVba1\" Type=\"http://schemas.microsoft.com/office/2006/relationships/vbaProject\""
                                                        + " Target=\"vbaProject.bin\"/></Relationships>")),
                Map.of("xl/vbaProject.bin", randomBytes(2048, 11)));
    }

    private static final String DOCTYPE_PREFIX = "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"";

    /** An external entity in the named sheet's XML, referenced from an inline-string cell. */
    static byte[] xxeInSheet(byte[] workbook, String sheet, Path secret) throws IOException {
        String part = partOf(workbook, sheet);
        return rewrite(
                workbook,
                Map.of(
                        part,
                        xml ->
                                withDoctype(xml, secret)
                                        .replace(
                                                "</sheetData>",
                                                "<row r=\"900\"><c r=\"A900\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row></sheetData>")),
                Map.of());
    }

    /** An external entity in sharedStrings.xml, replacing the text of one shared string. */
    static byte[] xxeInSharedStrings(byte[] workbook, String text, Path secret) throws IOException {
        return rewrite(
                workbook,
                Map.of(
                        "xl/sharedStrings.xml",
                        xml -> withDoctype(xml, secret).replace(">" + text + "<", ">&xxe;<")),
                Map.of());
    }

    private static String withDoctype(String xml, Path secret) {
        String doctype = DOCTYPE_PREFIX + secret.toUri() + "\">]>";
        int declEnd = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
        return xml.substring(0, declEnd) + doctype + xml.substring(declEnd);
    }

    /**
     * A formula referring to another workbook ([1] = an external link the file does not carry),
     * cached value kept.
     */
    static byte[] externalReference(byte[] workbook, String sheet, String address)
            throws IOException {
        String part = partOf(workbook, sheet);
        Pattern cell = Pattern.compile("<c r=\"" + address + "\"([^>]*)>(<v>[^<]*</v>)</c>");
        return rewrite(
                workbook,
                Map.of(
                        part,
                        xml -> {
                            Matcher m = cell.matcher(xml);
                            if (!m.find())
                                throw new IllegalStateException(
                                        "no plain value cell " + address + " in " + part);
                            return m.replaceFirst(
                                    Matcher.quoteReplacement(
                                            "<c r=\""
                                                    + address
                                                    + "\""
                                                    + m.group(1)
                                                    + "><f>[1]预算!B2</f>"
                                                    + m.group(2)
                                                    + "</c>"));
                        }),
                Map.of());
    }

    /** The worksheet part (xl/worksheets/sheetN.xml) holding the named sheet. */
    static String partOf(byte[] workbook, String sheet) throws IOException {
        String wbXml = entry(workbook, "xl/workbook.xml");
        Matcher s =
                Pattern.compile(
                                "<sheet [^>]*name=\""
                                        + Pattern.quote(sheet)
                                        + "\"[^>]*r:id=\"([^\"]+)\"")
                        .matcher(wbXml);
        if (!s.find()) throw new IllegalStateException("no sheet " + sheet);
        String rels = entry(workbook, "xl/_rels/workbook.xml.rels");
        Matcher r =
                Pattern.compile(
                                "<Relationship [^>]*Id=\""
                                        + s.group(1)
                                        + "\"[^>]*Target=\"([^\"]+)\"")
                        .matcher(rels);
        Matcher r2 =
                Pattern.compile(
                                "<Relationship [^>]*Target=\"([^\"]+)\"[^>]*Id=\""
                                        + s.group(1)
                                        + "\"")
                        .matcher(rels);
        String target = r.find() ? r.group(1) : r2.find() ? r2.group(1) : null;
        if (target == null) throw new IllegalStateException("no relationship " + s.group(1));
        return target.startsWith("/") ? target.substring(1) : "xl/" + target;
    }

    private static String entry(byte[] zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (e.getName().equals(name))
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        throw new IllegalStateException("no entry " + name);
    }

    /**
     * Copies a zip, passing the named text entries through their edits and adding extra entries.
     */
    static byte[] rewrite(
            byte[] zip, Map<String, UnaryOperator<String>> edits, Map<String, byte[]> extra)
            throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] content = in.readAllBytes();
                UnaryOperator<String> edit = edits.get(e.getName());
                if (edit != null)
                    content =
                            edit.apply(new String(content, StandardCharsets.UTF_8))
                                    .getBytes(StandardCharsets.UTF_8);
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(content);
            }
            for (Map.Entry<String, byte[]> e : extra.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
            }
        }
        return bytes.toByteArray();
    }

    /**
     * The example plus a sheet of {@code rows} rows × 3 cells, streamed so the test itself stays
     * small.
     */
    static byte[] withManyRows(String department, int rows) throws IOException {
        try (XSSFWorkbook base = new XSSFWorkbook(new ByteArrayInputStream(variant(department)));
                SXSSFWorkbook wb = new SXSSFWorkbook(base, 200)) {
            Sheet sheet = wb.createSheet("明细");
            for (int r = 0; r < rows; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue(r + 1);
                row.createCell(1).setCellValue("明细" + (r + 1));
                row.createCell(2).setCellValue(r * 0.01);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            wb.dispose();
            return out.toByteArray();
        }
    }

    /** {@code count} extra leaf indicators (分值 0) appended to 绩效指标 after its last row. */
    static Edit manyIndicators(int count) {
        return wb -> {
            Sheet s = wb.getSheet("绩效指标");
            int first = s.getLastRowNum() + 1;
            for (int i = 0; i < count; i++) {
                Row row = s.createRow(first + i);
                Object[] cells = {
                    "履职效能", "产出指标", "数量指标", "附加指标" + (i + 1), "≥", 1, "个", 1, 0, "正向", 0, "已完成。"
                };
                for (int c = 0; c < cells.length; c++) {
                    if (cells[c] instanceof Number n)
                        row.createCell(c).setCellValue(n.doubleValue());
                    else row.createCell(c).setCellValue(String.valueOf(cells[c]));
                }
            }
        };
    }

    static String text(ZipFile zip) {
        StringBuilder b = new StringBuilder();
        for (ZipEntry e : Collections.list(zip.entries())) {
            try {
                b.append(new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException ignored) {
                // a part that cannot be inflated holds no text of ours
            }
        }
        return b.toString();
    }
}
