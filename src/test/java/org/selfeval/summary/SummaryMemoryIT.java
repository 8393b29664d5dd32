package org.selfeval.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.pipeline.Status;
import org.selfeval.publish.GroupScores;
import org.selfeval.publish.ManifestEntry;
import org.selfeval.summary.roster.Roster;

/**
 * The bureau's summary of 10,000 departments (two years of them) is written in a JVM with a 128 MB
 * heap: the 汇总 sheet is streamed (the usermodel workbook needed more than 256 MB; what still grows
 * with the departments is the hyperlinks, which POI keeps in memory until the sheet is written).
 * Since the record keeps each 一级's 满分 the live set reaches about 85 MB: 96 MB still passed, after
 * dozens of full collections, and ran out once on a loaded machine, so the bound has headroom now.
 */
class SummaryMemoryIT {

    private static final int DEPARTMENTS = 10_000;

    @TempDir Path dir;

    @Test
    void tenThousandDepartmentsFitASmallHeap() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p =
                new ProcessBuilder(
                                java.toString(),
                                "-Xmx128m",
                                "-XX:+UseSerialGC",
                                "-cp",
                                productClassPath(),
                                Writer.class.getName(),
                                dir.toString())
                        .redirectErrorStream(true)
                        .redirectOutput(dir.resolve("writer.log").toFile())
                        .start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "the writer did not finish in 180 s");
        String log = Files.readString(dir.resolve("writer.log"), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), log);

        try (InputStream in =
                        Files.newInputStream(dir.resolve("2023").resolve(SummaryWriter.XLSX_NAME));
                XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheet(SummaryWorkbook.SHEET);
            assertEquals(
                    DEPARTMENTS, sheet.getLastRowNum(), "a row per department under the header");
            assertEquals(
                    DEPARTMENTS,
                    sheet.getHyperlinkList().size() / 2,
                    "links to each report and 校验报告");
            assertTrue(wb.getSheet(StatisticsSheet.NAME) != null, "统计 sheet");
        }
    }

    /**
     * The test class path without poi-ooxml-full: the ECMA-376 schemas the schema test validates
     * against are not in the product (it ships poi-ooxml-lite), and with them XMLBeans loads the
     * full type system, which alone takes more heap than the product's bound allows.
     */
    private static String productClassPath() {
        return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.contains("poi-ooxml-full"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    /** Runs in the child JVM: writes the summaries of a manifest with 10,000 departments a year. */
    public static final class Writer {
        public static void main(String[] args) throws Exception {
            List<ManifestEntry> entries = new ArrayList<>();
            for (int i = 0; i < DEPARTMENTS; i++) {
                String department = "测试市第" + i + "区市场监督管理局";
                entries.add(converted("a" + i, department, "2022", new BigDecimal("88.50")));
                entries.add(
                        converted(
                                "b" + i,
                                department,
                                "2023",
                                BigDecimal.valueOf(60 + i % 40).add(new BigDecimal("0.25"))));
            }
            SummaryWriter.write(Path.of(args[0]), entries, Roster.NONE);
        }

        private static ManifestEntry converted(
                String hash, String department, String year, BigDecimal total) {
            String folder = year + "/" + department + "/";
            Map<String, BigDecimal> groups = new LinkedHashMap<>();
            groups.put("履职效能", total.divide(BigDecimal.valueOf(2)));
            groups.put("管理效率", total.divide(BigDecimal.valueOf(2)));
            return new ManifestEntry(
                    hash,
                    hash + ".xlsx",
                    department,
                    year,
                    1,
                    Status.CONVERTED,
                    total,
                    total.compareTo(BigDecimal.valueOf(90)) >= 0 ? "优" : "良",
                    new GroupScores(groups),
                    new BigDecimal("99.7519"),
                    0,
                    1,
                    folder + "报告.docx",
                    folder + "校验报告.docx",
                    "2024-03-01 02:00:00");
        }
    }
}
