package org.selfeval.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.selfeval.pipeline.Status;
import org.selfeval.publish.GroupScores;
import org.selfeval.publish.ManifestEntry;
import org.selfeval.summary.SummaryWriter;
import org.selfeval.summary.roster.Roster;
import org.selfeval.summary.roster.RosterEntry;
import org.selfeval.testing.ExternalCommands;

/**
 * Opens the bureau's 汇总.xlsx in LibreOffice Calc (headless), converts it to PDF and reads the PDF
 * back: both sheets lay out, the statuses, figures and the grade chart's title are on the page.
 * Fails when LibreOffice is missing on CI (env CI set); skips locally. The PDF stays in
 * target/test-output/summary-render for a look.
 */
class SummaryRenderIT {

    private static final String[] DEPARTMENTS = {
        "广州市花都区教育局",
        "广州市花都区财政局",
        "广州市花都区卫生健康局",
        "广州市花都区民政局",
        "广州市花都区司法局",
        "广州市花都区市场监督管理局",
        "广州市花都区交通运输局"
    };

    @Test
    void libreOfficeOpensTheSummaryWorkbook() throws Exception {
        Optional<Path> soffice =
                ExternalCommands.onPath("soffice").or(() -> ExternalCommands.onPath("libreoffice"));
        if (soffice.isEmpty() || ExternalCommands.onPath("pdftotext").isEmpty()) {
            if (System.getenv("CI") != null)
                fail("LibreOffice (soffice) 或 poppler-utils 未安装：CI 必须运行渲染测试（见 .ci/run）。");
            Assumptions.abort("soffice/poppler not installed; render test skipped locally");
        }
        Path dir =
                Files.createDirectories(Path.of("target", "test-output", "summary-render"))
                        .toAbsolutePath();
        Path out = dir.resolve("output");
        List<Path> written = SummaryWriter.write(out, night(), roster());
        Path xlsx = out.resolve("2023").resolve(SummaryWriter.XLSX_NAME);
        assertTrue(written.contains(xlsx), written.toString());
        Path pdf = dir.resolve("汇总.pdf");
        Files.deleteIfExists(pdf);
        Files.copy(xlsx, dir.resolve("汇总.xlsx"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        ExternalCommands.run(
                dir,
                List.of(
                        soffice.get().toString(),
                        "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                        "--headless",
                        "--norestore",
                        "--convert-to",
                        "pdf",
                        "--outdir",
                        dir.toString(),
                        dir.resolve("汇总.xlsx").toString()),
                240);
        assertTrue(
                Files.isRegularFile(pdf) && Files.size(pdf) > 1000,
                "soffice wrote no PDF: is LibreOffice Calc installed (Debian: libreoffice-calc-nogui, see .ci/run)?");

        String info = ExternalCommands.run(dir, List.of("pdfinfo", pdf.toString()), 60);
        Matcher pages = Pattern.compile("Pages:\\s+(\\d+)").matcher(info);
        assertTrue(pages.find(), info);
        int count = Integer.parseInt(pages.group(1));
        assertTrue(count >= 2 && count <= 4, "汇总 one page wide, 统计 one page: " + count + " pages");

        Path txt = dir.resolve("汇总.txt");
        ExternalCommands.run(
                dir, List.of("pdftotext", "-enc", "UTF-8", pdf.toString(), txt.toString()), 60);
        String text = Files.readString(txt, StandardCharsets.UTF_8).replaceAll("\\s+", "");
        List<String> expected = new ArrayList<>(List.of(DEPARTMENTS));
        expected.addAll(
                List.of(
                        "存在错误",
                        "无法读取",
                        "未报送",
                        "报告已生成",
                        "不在名单中",
                        "等级下降（优→良）",
                        ("首个错误：" + FIRST_ERROR).replaceAll("\\s+", ""),
                        "94.99",
                        "-9.50",
                        "99.75%",
                        "97.50",
                        "2023年度汇总统计",
                        "平均分",
                        "中位数",
                        "等级分布（部门数）"));
        List<String> missing = expected.stream().filter(e -> !text.contains(e)).toList();
        assertEquals(List.of(), missing, "missing from the PDF");
    }

    /** 财政局's first error: 备注 wraps it over lines of its own row. */
    private static final String FIRST_ERROR =
            "绩效指标!K43：“资产管理 小计”填报 9 分，但其下各项自评得分之和为 10 分：请把此处改为 10。";

    private static Roster roster() {
        List<RosterEntry> entries = new ArrayList<>();
        for (int i = 0; i < DEPARTMENTS.length - 1; i++) {
            entries.add(
                    new RosterEntry(
                            DEPARTMENTS[i],
                            "10100" + (i + 1),
                            "联系人" + (i + 1),
                            "020-8688000" + (i + 1),
                            i + 2));
        }
        return new Roster(Path.of("部门名单.xlsx"), entries);
    }

    /**
     * Two years of a small county: last year's results, and this year's night with every status.
     */
    private static List<ManifestEntry> night() {
        List<ManifestEntry> e = new ArrayList<>();
        e.add(converted("h1", DEPARTMENTS[0], "2022", 1, "95.00", "优"));
        e.add(converted("h2", DEPARTMENTS[5], "2022", 1, "82.40", "良"));
        e.add(converted("h3", DEPARTMENTS[0], "2023", 1, "85.50", "良"));
        e.add(converted("h4", DEPARTMENTS[5], "2023", 2, "94.985", "优"));
        e.add(converted("h5", DEPARTMENTS[6], "2023", 1, "91.20", "优"));
        e.add(
                new ManifestEntry(
                        "h6",
                        "finance.xlsx",
                        DEPARTMENTS[1],
                        "2023",
                        1,
                        Status.BLOCKED,
                        new BigDecimal("99.85"),
                        "优",
                        GroupScores.none(),
                        null,
                        3,
                        1,
                        "",
                        "2023/" + DEPARTMENTS[1] + "/校验报告.docx",
                        "2024-03-01 02:00:00",
                        "",
                        new BigDecimal("97.5"),
                        FIRST_ERROR));
        e.add(
                new ManifestEntry(
                        "h7",
                        DEPARTMENTS[2] + ".xls",
                        "",
                        "",
                        0,
                        Status.UNREADABLE,
                        null,
                        "",
                        GroupScores.none(),
                        null,
                        1,
                        0,
                        "",
                        "",
                        "2024-03-01 02:00:00"));
        return e;
    }

    private static ManifestEntry converted(
            String hash, String department, String year, int version, String total, String grade) {
        BigDecimal t = new BigDecimal(total);
        String folder = year + "/" + department + "/";
        return new ManifestEntry(
                hash,
                hash + ".xlsx",
                department,
                year,
                version,
                Status.CONVERTED,
                t,
                grade,
                halves(t),
                new BigDecimal("99.7519"),
                0,
                1,
                folder + "报告.docx",
                folder + "校验报告.docx",
                year.equals("2022") ? "2023-03-01 02:00:00" : "2024-03-01 02:00:00");
    }

    /** guangzhou-2023's two 一级 groups, half the total each. */
    private static GroupScores halves(BigDecimal total) {
        java.util.Map<String, BigDecimal> m = new java.util.LinkedHashMap<>();
        m.put("履职效能", total.divide(BigDecimal.valueOf(2)));
        m.put("管理效率", total.divide(BigDecimal.valueOf(2)));
        return new GroupScores(m);
    }
}
