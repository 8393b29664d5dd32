package org.selfeval.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.selfeval.pipeline.Outcome;
import org.selfeval.pipeline.Status;
import org.selfeval.testing.ExternalCommands;

/**
 * The caiyu-2020 example's report (财预〔2020〕10号 national table) opened by LibreOffice: the same 公文
 * layout, its sections built from its own tree (预算执行率, 产出, 效益, 满意度) with the figures of
 * input-templates/examples/README.md.
 */
class CountyRenderIT {

    static final List<String> FIGURES =
            List.of(
                    "2023年度青山县农业农村局部门整体支出绩效自评报告",
                    "主要包括预算执行率、产出指标、效益指标、满意度指标评价四大方面",
                    "自评得分99.46分",
                    "绩效评价结果为“优”",
                    "预算执行率分值10分，自评得分9.78分",
                    "全年预算数3,530.00万元",
                    "执行数3,452.38万元",
                    "完成预算的97.80%",
                    "产出指标分值50分，自评得分49.68分",
                    "数量指标完成情况，分值22分，自评得分21.71分",
                    "不少于1200户",
                    "1150户",
                    "质量指标完成情况，分值12分，自评得分11.97分",
                    "效益指标分值30分，自评得分30分",
                    "满意度指标分值10分，自评得分10分",
                    "93.5%",
                    "3,486.20",
                    "3,452.38",
                    "11.26",
                    "84.00%");

    @Test
    void libreOfficeRendersTheCountyReportWithItsTreeAndFigures() throws Exception {
        Optional<Path> soffice =
                ExternalCommands.onPath("soffice").or(() -> ExternalCommands.onPath("libreoffice"));
        if (soffice.isEmpty() || ExternalCommands.onPath("pdftotext").isEmpty()) {
            if (System.getenv("CI") != null)
                fail("LibreOffice (soffice) 或 poppler-utils 未安装：CI 必须运行渲染测试（见 .ci/run）。");
            Assumptions.abort("soffice/poppler not installed; render test skipped locally");
        }
        Outcome outcome =
                RealExamples.convert(
                        RealExamples.DIR.resolve("qingshan-agri-2023-corrected.xlsx"),
                        DocxRendererTest.RENDERER);
        assertEquals(Status.CONVERTED, outcome.status(), outcome.findings().toString());
        Path dir =
                Files.createDirectories(Path.of("target", "test-output", "render-county"))
                        .toAbsolutePath();
        Path docx = dir.resolve("report.docx");
        Files.write(docx, outcome.report());
        Path pdf = dir.resolve("report.pdf");
        Files.deleteIfExists(pdf);
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
                        docx.toString()),
                240);
        Path txt = dir.resolve("report.txt");
        ExternalCommands.run(
                dir, List.of("pdftotext", "-enc", "UTF-8", pdf.toString(), txt.toString()), 60);
        String text = Files.readString(txt, StandardCharsets.UTF_8).replaceAll("\\s+", "");
        List<String> missing = new ArrayList<>();
        for (String figure : FIGURES) if (!text.contains(figure)) missing.add(figure);
        assertEquals(List.of(), missing, "figures missing from the PDF");
        assertTrue(text.contains("—1—"), "page-number footer");
        assertTrue(
                !text.contains("履职效能") && !text.contains("管理效率"),
                "no Guangzhou group in the national table's report");
    }
}
