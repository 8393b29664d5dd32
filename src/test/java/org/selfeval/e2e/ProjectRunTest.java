package org.selfeval.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.cli.ExitCodes;
import org.selfeval.cli.Main;
import org.selfeval.framework.BuiltInProjectFrameworks;
import org.selfeval.pipeline.Status;
import org.selfeval.publish.Manifest;
import org.selfeval.publish.ProjectVerdict;
import org.selfeval.report.Docx;
import org.selfeval.testing.ProjectFill;
import org.selfeval.testing.WrappedRemarks;
import picocli.CommandLine;

/**
 * The nightly run on real project workbooks, through the real program: the example's three projects
 * (a workbook of project tables alone), a copy in which one project's fund rows do not add up (an
 * 错误), and the department's own workbook with a project sheet copied in.
 */
class ProjectRunTest {

    static final Path EXAMPLES = Path.of("input-templates", "examples");
    static final String DEPARTMENT = "青山县农业农村局";

    @TempDir Path root;

    private final StringWriter err = new StringWriter();

    private int selfeval(String... args) {
        CommandLine cl = Main.commandLine();
        cl.setErr(new PrintWriter(err, true));
        cl.setOut(new PrintWriter(err, true));
        String[] folders = {
            "--inbox", root.resolve("inbox").toString(),
            "--out", root.resolve("output").toString(),
            "--archive", root.resolve("archive").toString(),
            "--failed", root.resolve("failed").toString()
        };
        String[] all = new String[args.length + folders.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(folders, 0, all, args.length, folders.length);
        return cl.execute(all);
    }

    /** selfeval status on this test's folders. */
    private int status(String... args) {
        String[] all = new String[args.length + 5];
        all[0] = "status";
        all[1] = "--inbox";
        all[2] = root.resolve("inbox").toString();
        all[3] = "--out";
        all[4] = root.resolve("output").toString();
        System.arraycopy(args, 0, all, 5, args.length);
        CommandLine cl = Main.commandLine();
        cl.setErr(new PrintWriter(err, true));
        cl.setOut(new PrintWriter(err, true));
        return cl.execute(all);
    }

    private Path inbox(String name) {
        return root.resolve("inbox").resolve(name);
    }

    private Path projectsFolder() {
        return root.resolve("output/2023").resolve(DEPARTMENT).resolve("项目支出绩效自评");
    }

    /** The example with 农村户厕改造's sources adding to 400 against a 年度资金总额 of 300. */
    private void dropBlocked(Path file) throws IOException {
        try (XSSFWorkbook wb =
                new XSSFWorkbook(
                        Files.newInputStream(
                                EXAMPLES.resolve("qingshan-agri-2023-projects.xlsx")))) {
            ProjectFill.named(BuiltInProjectFrameworks.defaultFramework(), wb, "农村户厕改造")
                    .funds("其中：本年财政拨款", "350", "350", "220")
                    .funds("上年结转资金", "50", "50", "40");
            Files.createDirectories(file.getParent());
            Files.write(file, ProjectFill.bytes(wb));
        }
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void projectWorkbooksAreFiledRecordedAndSummarised() throws Exception {
        Files.createDirectories(root.resolve("inbox"));
        Files.copy(EXAMPLES.resolve("qingshan-agri-2023-projects.xlsx"), inbox("a-projects.xlsx"));
        dropBlocked(inbox("b-projects-slip.xlsx"));

        assertEquals(ExitCodes.FAILED, selfeval("run", "--settle", "0", "--init"), err.toString());

        String console = err.toString();
        assertTrue(console.contains("a-projects.xlsx 项目支出绩效自评表 3 个：自评表已生成 3 个，存在错误 0 个"), console);
        assertTrue(
                console.contains(
                        "b-projects-slip.xlsx 项目支出绩效自评表 3 个：自评表已生成 2 个，存在错误 1 个（已移入失败文件夹）"),
                console);
        assertTrue(
                console.contains("  项目 " + DEPARTMENT + " 2023 重大动物疫病防控 79 中 自评表已生成（1 项警告）"),
                console);
        assertTrue(console.contains("  项目 " + DEPARTMENT + " 2023 农村户厕改造 存在错误，未生成自评表"), console);
        assertTrue(console.contains("完成：共处理项目支出绩效自评表 6 个（2 份提交），自评表已生成 5 个，存在错误 1 个。"), console);
        assertFalse(console.contains("共处理 0 份"), console);

        // filed like department submissions: the clean one archived, the slip in failed/ with its
        // reasons
        String day = LocalDate.now().toString();
        assertEquals(List.of("a-projects.xlsx"), names(root.resolve("archive").resolve(day)));
        Path failed = root.resolve("failed").resolve(day);
        assertEquals(
                List.of(
                        "b-projects-slip.xlsx",
                        "b-projects-slip.xlsx.原因.txt",
                        "b-projects-slip.xlsx.校验报告.docx"),
                names(failed));
        String reason =
                Files.readString(
                        failed.resolve("b-projects-slip.xlsx.原因.txt"), StandardCharsets.UTF_8);
        assertTrue(reason.contains("结果：" + Status.BLOCKED.label()), reason);
        assertTrue(reason.contains("农村户厕改造!"), reason);

        // the second workbook's documents never replace the first's: they take the next names
        assertEquals(
                List.of(
                        "2023年度农村户厕改造项目支出绩效自评表.docx",
                        "2023年度重大动物疫病防控项目支出绩效自评表-2.docx",
                        "2023年度重大动物疫病防控项目支出绩效自评表.docx",
                        "2023年度青山县农业农村局项目支出绩效自评校验报告-2.docx",
                        "2023年度青山县农业农村局项目支出绩效自评校验报告.docx",
                        "2023年度高标准农田建设项目支出绩效自评表-2.docx",
                        "2023年度高标准农田建设项目支出绩效自评表.docx"),
                names(projectsFolder()));

        // the record: each project's verdict with its documents
        Path out = root.resolve("output");
        List<ProjectVerdict> record = Manifest.readProjects(out);
        assertEquals(6, record.size());
        ProjectVerdict capped =
                record.stream()
                        .filter(v -> v.project().equals("重大动物疫病防控"))
                        .findFirst()
                        .orElseThrow();
        assertEquals(0, new BigDecimal("79").compareTo(capped.total()));
        assertEquals("中", capped.grade());
        assertEquals(Status.CONVERTED, capped.status());
        assertEquals("a-projects.xlsx", capped.source());
        assertTrue(Files.isRegularFile(out.resolve(capped.table())), capped.table());
        assertTrue(Files.isRegularFile(out.resolve(capped.auditReport())), capped.auditReport());
        ProjectVerdict blocked =
                record.stream().filter(v -> v.status() == Status.BLOCKED).findFirst().orElseThrow();
        assertEquals("农村户厕改造", blocked.project());
        assertEquals("", blocked.table());
        assertTrue(blocked.errors() > 0);
        assertTrue(
                Files.readString(out.resolve(Manifest.EXPORT_FILE), StandardCharsets.UTF_8)
                        .contains("重大动物疫病防控"));

        // 汇总: the 项目 sheet has a row per project, the latest verdict winning; 统计 counts them
        try (XSSFWorkbook summary =
                new XSSFWorkbook(Files.newInputStream(out.resolve("2023/汇总.xlsx")))) {
            Sheet projects = summary.getSheet("项目");
            assertEquals("主管部门", projects.getRow(0).getCell(0).getStringCellValue());
            // the national table's words, the total with its 满分
            assertEquals(
                    "全年预算数（万元）",
                    projects.getRow(0).getCell(2).getStringCellValue().replace("\n", ""));
            assertEquals(
                    "总分（满分100）",
                    projects.getRow(0).getCell(5).getStringCellValue().replace("\n", ""));
            assertEquals(3, projects.getLastRowNum(), "one row per project");
            Row first = projects.getRow(1);
            assertEquals("农村户厕改造", first.getCell(1).getStringCellValue());
            assertEquals("存在错误", first.getCell(7).getStringCellValue());
            Row capRow = row(projects, "重大动物疫病防控");
            assertEquals(79.0, capRow.getCell(5).getNumericCellValue());
            assertEquals("中", capRow.getCell(6).getStringCellValue());
            assertEquals(0.65, capRow.getCell(4).getNumericCellValue(), 1e-9);
            assertEquals(
                    DEPARTMENT + "/项目支出绩效自评/2023年度重大动物疫病防控项目支出绩效自评表-2.docx",
                    capRow.getCell(9).getHyperlink().getAddress().isEmpty()
                            ? ""
                            : java.net.URLDecoder.decode(
                                    capRow.getCell(9).getHyperlink().getAddress(),
                                    StandardCharsets.UTF_8));
            Sheet stats = summary.getSheet("统计");
            assertEquals(1, figure(stats, "存在错误", "项目支出绩效自评表"));
            assertEquals(2, figure(stats, "自评表已生成", "项目支出绩效自评表"));
        }
        String csv = Files.readString(out.resolve("2023/汇总-项目.csv"), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFF主管部门,项目名称,"), csv);
        assertTrue(csv.contains(DEPARTMENT + ",重大动物疫病防控,"), csv);
        assertEquals(4, csv.lines().count(), csv);
    }

    /**
     * The department's own workbook with a project sheet copied in (as a clerk's 移动或复制), a copy of
     * the project workbook delivered again, then status and a rebuild of the lost record.
     */
    @Test
    void projectsBesideTheDepartmentDuplicatesStatusAndRebuild() throws Exception {
        Files.createDirectories(root.resolve("inbox"));
        copyWithProjectSheet(inbox("dept-with-project.xlsx"));
        Files.copy(EXAMPLES.resolve("qingshan-agri-2023-projects.xlsx"), inbox("projects.xlsx"));
        assertEquals(ExitCodes.OK, selfeval("run", "--settle", "0", "--init"), err.toString());
        String console = err.toString();
        assertTrue(console.contains(DEPARTMENT + " 2023 99.46 优 报告已生成"), console);
        assertTrue(
                console.contains("  项目 " + DEPARTMENT + " 2023 高标准农田建设 99.85 优 自评表已生成"), console);
        assertTrue(
                console.contains(
                        "完成：共处理 2 份（其中仅含项目支出绩效自评表 1 份），报告已生成 1 份，存在错误 0 份，无法读取 0 份；"
                                + "项目支出绩效自评表共 4 个，自评表已生成 4 个，存在错误 0 个。"),
                console);
        Path out = root.resolve("output");
        // the department's report lists the project that came with it, as convert's does
        Docx report =
                new Docx(
                        Files.readAllBytes(
                                out.resolve("2023")
                                        .resolve(DEPARTMENT)
                                        .resolve("2023年度" + DEPARTMENT + "部门整体支出绩效自评报告.docx")));
        assertTrue(report.allText().contains("本部门组织对2023年度项目支出开展绩效自评，二级项目1个"), report.allText());
        List<ProjectVerdict> record = Manifest.readProjects(out);
        assertEquals(4, record.size());
        assertEquals("dept-with-project.xlsx", record.get(0).source());
        assertEquals(
                Manifest.read(out).get(0).hash(),
                record.get(0).hash(),
                "a project is recorded under its department's submission");

        // the same project workbook again: not converted again, filed with a 说明, no new document
        List<String> documents = names(projectsFolder());
        Files.copy(
                EXAMPLES.resolve("qingshan-agri-2023-projects.xlsx"), inbox("projects again.xlsx"));
        err.getBuffer().setLength(0);
        assertEquals(ExitCodes.OK, selfeval("run", "--settle", "0"), err.toString());
        assertTrue(err.toString().contains("内容与已处理的提交相同，未重新转换"), err.toString());
        assertEquals(documents, names(projectsFolder()));
        assertEquals(4, Manifest.readProjects(out).size());

        // status counts the projects, in each format
        err.getBuffer().setLength(0);
        assertEquals(ExitCodes.OK, status(), err.toString());
        assertTrue(err.toString().contains("项目支出绩效自评表：共 3 个，自评表已生成 3 个，存在错误 0 个"), err.toString());
        err.getBuffer().setLength(0);
        status("--format", "json");
        assertTrue(
                err.toString().contains("\"项目统计\":{\"项目数\":3,\"自评表已生成\":3,\"存在错误\":0}"),
                err.toString());
        err.getBuffer().setLength(0);
        status("--format", "csv", "--projects");
        List<String> csv =
                err.toString().lines().filter(l -> l.contains(DEPARTMENT + ",")).toList();
        assertEquals(3, csv.size(), err.toString());

        // the record lost: rebuilt from archive/ and output/, the same project verdicts and
        // documents
        List<String> before = verdicts(Manifest.readProjects(out));
        Files.delete(out.resolve(Manifest.FILE_NAME));
        err.getBuffer().setLength(0);
        assertEquals(ExitCodes.OK, selfeval("record", "rebuild"), err.toString());
        assertEquals(before, verdicts(Manifest.readProjects(out)));
        assertTrue(err.toString().contains("项目支出绩效自评表 4 个"), err.toString());
    }

    /**
     * A blocked project's first error, as its project 校验报告 lists it first, through the real run:
     * kept in the record, in 处理记录.csv, in the 项目 sheet's 备注 (wrapped as 汇总's, its row as tall as
     * its lines) and 汇总-项目.csv; and given back by a rebuild of the lost record.
     */
    @Test
    void aBlockedProjectsFirstErrorIsInTheRecordTheSummaryAndTheRebuild() throws Exception {
        Files.createDirectories(root.resolve("inbox"));
        Files.copy(EXAMPLES.resolve("qingshan-agri-2023-projects.xlsx"), inbox("a-projects.xlsx"));
        dropBlocked(inbox("b-projects-slip.xlsx"));
        assertEquals(ExitCodes.FAILED, selfeval("run", "--settle", "0", "--init"), err.toString());

        // the first 错误 row of the project 校验报告 filed beside the slip: place, then the fix
        Path failed = root.resolve("failed").resolve(LocalDate.now().toString());
        String expected = firstErrorRow(failed.resolve("b-projects-slip.xlsx.校验报告.docx"));
        assertTrue(expected.startsWith("农村户厕改造!"), expected);

        Path out = root.resolve("output");
        ProjectVerdict blocked =
                Manifest.readProjects(out).stream()
                        .filter(v -> v.status() == Status.BLOCKED)
                        .findFirst()
                        .orElseThrow();
        assertEquals(expected, blocked.firstError().replace(" ", ""), blocked.firstError());
        assertTrue(
                Manifest.readProjects(out).stream()
                        .filter(v -> v.status() == Status.CONVERTED)
                        .allMatch(v -> v.firstError().isEmpty()));

        // 处理记录.csv: the last column
        String export = Files.readString(out.resolve(Manifest.EXPORT_FILE), StandardCharsets.UTF_8);
        assertTrue(export.lines().findFirst().orElseThrow().endsWith(",firstError"), export);
        assertTrue(
                export.lines()
                        .anyMatch(
                                l ->
                                        l.contains(",农村户厕改造,")
                                                && l.endsWith(csvField(blocked.firstError()))),
                export);

        // 汇总's 项目 sheet: 备注 begins with the first error, wraps, and its row shows every line
        // its full stop dropped before the notes that follow it
        String sentence = blocked.firstError();
        assertTrue(sentence.endsWith("。"), sentence);
        String remark =
                "首个错误："
                        + sentence.substring(0, sentence.length() - 1)
                        + "；"
                        + blocked.errors()
                        + " 项错误，见校验报告；";
        try (XSSFWorkbook summary =
                new XSSFWorkbook(Files.newInputStream(out.resolve("2023/汇总.xlsx")))) {
            Sheet projects = summary.getSheet("项目");
            int at = 8;
            assertEquals("备注", projects.getRow(0).getCell(at).getStringCellValue());
            Row row = row(projects, "农村户厕改造");
            var cell = row.getCell(at);
            assertTrue(cell.getStringCellValue().startsWith(remark), cell.getStringCellValue());
            WrappedRemarks.assertWrapsAndGrows(projects, row, at);
            // a published project's 备注 wraps too, unfilled (nothing to act on)
            var published = row(projects, "高标准农田建设").getCell(at);
            assertFalse(published.getStringCellValue().contains("首个错误"));
            assertTrue(published.getCellStyle().getWrapText());
            assertEquals(
                    org.apache.poi.ss.usermodel.FillPatternType.NO_FILL,
                    published.getCellStyle().getFillPattern());
        }
        String csv = Files.readString(out.resolve("2023/汇总-项目.csv"), StandardCharsets.UTF_8);
        assertTrue(csv.lines().anyMatch(l -> l.contains(",农村户厕改造,") && l.contains(remark)), csv);
        // status's project rows (json, and the blocked projects listed under the table)
        err.getBuffer().setLength(0);
        status("--format", "json");
        assertTrue(err.toString().contains("\"备注\":\"" + remark), err.toString());
        err.getBuffer().setLength(0);
        status();
        assertTrue(err.toString().contains("农村户厕改造（" + remark), err.toString());

        // the record lost: the rebuild reads the filed submissions again and finds the same first
        // errors
        List<String> before = firstErrors(Manifest.readProjects(out));
        Files.delete(out.resolve(Manifest.FILE_NAME));
        err.getBuffer().setLength(0);
        assertEquals(ExitCodes.OK, selfeval("record", "rebuild"), err.toString());
        assertEquals(before, firstErrors(Manifest.readProjects(out)));
        assertTrue(
                before.stream().anyMatch(l -> l.endsWith(blocked.firstError())), before.toString());
    }

    /**
     * The first 错误 row of a project 校验报告: its place (the first line of 位置与项目), "：", its 修改说明;
     * without spaces (the report sets its text tight, no space between Chinese and figures).
     */
    private static String firstErrorRow(Path auditReport) throws Exception {
        List<List<String>> findings = findingRows(auditReport);
        List<String> first =
                findings.stream()
                        .filter(r -> r.get(1).startsWith("错误"))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError(findings.toString()));
        String place = first.get(2).split("\n")[0];
        return (place + "：" + first.get(5).replace("\n", "")).replace(" ", "");
    }

    /** The rows of a project 校验报告's findings table (severity in column 1, place in column 2). */
    private static List<List<String>> findingRows(Path auditReport) throws Exception {
        Docx audit = new Docx(Files.readAllBytes(auditReport));
        return Docx.cellLines(audit.tables().get(audit.tables().size() - 1)).stream()
                .skip(1)
                .toList();
    }

    /**
     * A project sheet whose 项目资金 header lacks 年初预算数: the reader's 错误 about the header, the cause,
     * is what its 校验报告 lists first, before the project's own (no 年度资金总额 found), and so is its first
     * error in the record.
     */
    @Test
    void aHeaderTheReaderCouldNotFindIsTheFirstError() throws Exception {
        Path file = inbox("c-header.xlsx");
        Files.createDirectories(file.getParent());
        try (XSSFWorkbook wb =
                new XSSFWorkbook(
                        Files.newInputStream(
                                EXAMPLES.resolve("qingshan-agri-2023-projects.xlsx")))) {
            Sheet sheet = wb.getSheet("农村户厕改造");
            boolean blanked = false;
            for (Row r : sheet)
                for (var c : r)
                    if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                            && c.getStringCellValue().equals("年初预算数")) {
                        c.setCellValue("");
                        blanked = true;
                    }
            assertTrue(blanked);
            Files.write(file, ProjectFill.bytes(wb));
        }
        assertEquals(ExitCodes.FAILED, selfeval("run", "--settle", "0", "--init"), err.toString());
        String expected =
                firstErrorRow(
                        root.resolve("failed")
                                .resolve(LocalDate.now().toString())
                                .resolve("c-header.xlsx.校验报告.docx"));
        assertTrue(expected.contains("表头缺少“年初预算数”"), expected);
        ProjectVerdict blocked =
                Manifest.readProjects(root.resolve("output")).stream()
                        .filter(v -> v.status() == Status.BLOCKED)
                        .findFirst()
                        .orElseThrow();
        assertEquals("农村户厕改造", blocked.project());
        assertEquals(expected, blocked.firstError().replace(" ", ""), blocked.firstError());
        // its error count is the 校验报告's: the reader's error about its sheet counted too
        long listed =
                findingRows(
                                root.resolve("failed")
                                        .resolve(LocalDate.now().toString())
                                        .resolve("c-header.xlsx.校验报告.docx"))
                        .stream()
                        .filter(r -> r.get(1).startsWith("错误"))
                        .filter(r -> r.get(2).contains("农村户厕改造"))
                        .count();
        assertTrue(listed >= 2, "the header's error and its consequence: " + listed);
        assertEquals(listed, blocked.errors());
        // and the console's line says the same count
        assertTrue(
                err.toString().contains("农村户厕改造 存在错误，未生成自评表（" + listed + " 项错误）"), err.toString());
    }

    private static List<String> firstErrors(List<ProjectVerdict> verdicts) {
        return verdicts.stream()
                .map(v -> v.source() + "|" + v.project() + "|" + v.firstError())
                .sorted()
                .toList();
    }

    /** A field as CSV writes it: quoted when it holds a comma or a quotation mark. */
    private static String csvField(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    /** What the rebuild must give back: everything but the time, which it takes from the files. */
    private static List<String> verdicts(List<ProjectVerdict> verdicts) {
        return verdicts.stream()
                .map(
                        v ->
                                String.join(
                                        "|",
                                        v.hash(),
                                        v.source(),
                                        v.sheet(),
                                        v.department(),
                                        v.year(),
                                        v.project(),
                                        v.status().name(),
                                        String.valueOf(v.total()),
                                        v.grade(),
                                        String.valueOf(v.rate()),
                                        String.valueOf(v.errors()),
                                        String.valueOf(v.warnings()),
                                        v.table(),
                                        v.auditReport()))
                .sorted()
                .toList();
    }

    /** The corrected department example with the example's first project sheet copied in. */
    private static void copyWithProjectSheet(Path file) throws IOException {
        try (XSSFWorkbook dept =
                        new XSSFWorkbook(
                                Files.newInputStream(
                                        EXAMPLES.resolve("qingshan-agri-2023-corrected.xlsx")));
                XSSFWorkbook projects =
                        new XSSFWorkbook(
                                Files.newInputStream(
                                        EXAMPLES.resolve("qingshan-agri-2023-projects.xlsx")))) {
            Sheet from = projects.getSheet("高标准农田建设");
            Sheet to = dept.createSheet("高标准农田建设");
            for (Row r : from) {
                Row nr = to.createRow(r.getRowNum());
                r.forEach(
                        c -> {
                            var nc = nr.createCell(c.getColumnIndex());
                            switch (c.getCellType()) {
                                case NUMERIC -> nc.setCellValue(c.getNumericCellValue());
                                case STRING -> nc.setCellValue(c.getStringCellValue());
                                case FORMULA -> nc.setCellFormula(c.getCellFormula());
                                default -> {}
                            }
                        });
            }
            Files.createDirectories(file.getParent());
            Files.write(file, ProjectFill.bytes(dept));
        }
    }

    private static Row row(Sheet sheet, String project) {
        for (Row r : sheet) {
            if (r.getRowNum() > 0 && r.getCell(1).getStringCellValue().equals(project)) return r;
        }
        throw new AssertionError("no row for " + project);
    }

    /** The number beside {@code label} below the heading {@code section} of the 统计 sheet. */
    private static long figure(Sheet stats, String label, String section) {
        boolean inSection = false;
        for (Row r : stats) {
            if (r.getCell(0) == null) continue;
            String text = r.getCell(0).getStringCellValue();
            if (text.equals(section)) inSection = true;
            else if (inSection && text.equals(label))
                return (long) r.getCell(1).getNumericCellValue();
        }
        throw new AssertionError("no " + label + " under " + section);
    }
}
