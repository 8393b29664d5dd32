package org.selfeval.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.selfeval.ingest.SubmissionReaderTest.describe;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.ingest.grid.ReadLimits;
import org.selfeval.model.Finding;
import org.selfeval.model.Severity;
import org.selfeval.pipeline.ReadResult;

/**
 * Files that are not readable workbooks give one clear finding about the file, never an exception.
 */
class BadFileTest {

    @TempDir Path dir;

    private Finding onlyFinding(Path file, String ruleId) {
        ReadResult r = new SubmissionReader().read(file);
        assertNull(r.submission());
        assertEquals(1, r.findings().size(), describe(r.findings()));
        Finding f = r.findings().get(0);
        assertEquals(ruleId, f.ruleId(), describe(r.findings()));
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(file.getFileName().toString(), f.source().file());
        assertTrue(f.message().contains(file.getFileName().toString()), f.message());
        return f;
    }

    @Test
    void randomBytes() throws Exception {
        byte[] bytes = new byte[4096];
        new Random(7).nextBytes(bytes);
        onlyFinding(Files.write(dir.resolve("随机.xlsx"), bytes), "READ-NOT-SPREADSHEET");
    }

    @Test
    void emptyFile() throws Exception {
        onlyFinding(Files.write(dir.resolve("空.xlsx"), new byte[0]), "READ-EMPTY");
    }

    @Test
    void textFileNamedXlsx() throws Exception {
        onlyFinding(
                Files.writeString(dir.resolve("文本.xlsx"), "部门名称,花都区\n评价年度,2023\n"),
                "READ-NOT-SPREADSHEET");
    }

    @Test
    void textFileNamedXls() throws Exception {
        onlyFinding(
                Files.writeString(dir.resolve("文本.xls"), "<html><body>不是表格</body></html>"),
                "READ-NOT-SPREADSHEET");
    }

    @Test
    void zipThatIsNotAWorkbook() throws Exception {
        Path file = dir.resolve("压缩包.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("hello.txt"));
            zip.write("hi".getBytes());
        }
        onlyFinding(file, "READ-NOT-SPREADSHEET");
    }

    @Test
    void zipBombIsRefused() throws Exception {
        Path file = dir.resolve("炸弹.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(
                    "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                            .getBytes());
            byte[] spaces = new byte[1024 * 1024];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 30; i++) zip.write(spaces);
            zip.write("</Types>".getBytes());
        }
        ReadResult r = new SubmissionReader().read(file);
        assertNull(r.submission());
        assertEquals("READ-ZIP-BOMB", r.findings().get(0).ruleId(), describe(r.findings()));
    }

    @Test
    void hugeDeclaredSizeIsRefusedBeforeOpening() throws Exception {
        Path file = dir.resolve("巨大.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (long i = 0; i <= ReadLimits.MAX_UNCOMPRESSED_BYTES / zeros.length; i++)
                zip.write(zeros);
        }
        assertTrue(Files.size(file) < ReadLimits.MAX_FILE_BYTES);
        onlyFinding(file, "READ-TOO-LARGE");
    }

    @Test
    void encryptedWorkbook() throws Exception {
        Path file = dir.resolve("加密.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (XSSFWorkbook wb = new XSSFWorkbook();
                    OutputStream out = encryptor.getDataStream(fs)) {
                wb.createSheet("基本信息").createRow(0).createCell(0).setCellValue("项目");
                wb.write(out);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        Finding f = onlyFinding(file, "READ-ENCRYPTED");
        assertTrue(f.message().contains("密码"));
    }

    @Test
    void strictOoxmlWorkbook() throws Exception {
        Path plain = Sheets.xlsx(dir.resolve("plain.xlsx"), SampleSubmission.all());
        Path strict = dir.resolve("严格.xlsx");
        // Excel's "Strict Open XML" save: same parts, ISO/IEC 29500 strict namespaces.
        try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(plain.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(strict))) {
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                String xml =
                        new String(
                                        in.getInputStream(e).readAllBytes(),
                                        java.nio.charset.StandardCharsets.UTF_8)
                                .replace(
                                        "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
                                        "http://purl.oclc.org/ooxml/spreadsheetml/main")
                                .replace(
                                        "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
                                        "http://purl.oclc.org/ooxml/officeDocument/relationships");
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        onlyFinding(strict, "READ-STRICT-OOXML");
    }

    @Test
    void notASpreadsheetExtension() throws Exception {
        onlyFinding(Files.writeString(dir.resolve("报告.docx"), "x"), "READ-NOT-SPREADSHEET");
    }

    @Test
    void missingFile() {
        onlyFinding(dir.resolve("没有.xlsx"), "READ-NOT-FOUND");
    }

    @Test
    void tooLargeFile() throws Exception {
        Path file = dir.resolve("大.csv");
        try (var ch =
                java.nio.channels.FileChannel.open(
                        file,
                        java.nio.file.StandardOpenOption.CREATE_NEW,
                        java.nio.file.StandardOpenOption.WRITE)) {
            ch.write(java.nio.ByteBuffer.wrap(new byte[] {1}), ReadLimits.MAX_FILE_BYTES); // sparse
        }
        onlyFinding(file, "READ-TOO-LARGE");
    }
}
