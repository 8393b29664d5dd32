package org.selfeval.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
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
import org.selfeval.report.Docx;
import org.selfeval.testing.ProjectFill;
import picocli.CommandLine;

/**
 * What the clerk finds beside a filed input when project tables are involved: a department workbook
 * whose report was published but one of whose projects an 错误 blocked is archived with the projects'
 * 原因 and 校验报告 beside it; a project workbook delivered again is told in a project's words.
 */
class ProjectFilingTest {

    static final Path EXAMPLES = Path.of("input-templates", "examples");
    static final String DEPARTMENT = "青山县农业农村局";

    @TempDir Path root;

    private final StringWriter console = new StringWriter();

    private int selfeval(String... args) {
        CommandLine cl = Main.commandLine();
        cl.setErr(new PrintWriter(console, true));
        cl.setOut(new PrintWriter(console, true));
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

    /** The example's projects with 农村户厕改造's sources adding to 400 against a total of 300. */
    private static XSSFWorkbook blockedProjects() throws IOException {
        XSSFWorkbook wb =
                new XSSFWorkbook(
                        Files.newInputStream(EXAMPLES.resolve("qingshan-agri-2023-projects.xlsx")));
        ProjectFill.named(BuiltInProjectFrameworks.defaultFramework(), wb, "农村户厕改造")
                .funds("其中：本年财政拨款", "350", "350", "220")
                .funds("上年结转资金", "50", "50", "40");
        return wb;
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private String day() {
        return LocalDate.now().toString();
    }

    @Test
    void anArchivedDepartmentWorkbookWithABlockedProjectHasTheProjectsReasonBesideIt()
            throws Exception {
        Path inbox = Files.createDirectories(root.resolve("inbox"));
        try (XSSFWorkbook dept =
                        new XSSFWorkbook(
                                Files.newInputStream(
                                        EXAMPLES.resolve("qingshan-agri-2023-corrected.xlsx")));
                XSSFWorkbook projects = blockedProjects()) {
            for (String name : List.of("高标准农田建设", "农村户厕改造"))
                copy(projects.getSheet(name), dept.createSheet(name));
            Files.write(inbox.resolve("dept.xlsx"), ProjectFill.bytes(dept));
        }

        assertEquals(ExitCodes.FAILED, selfeval("run", "--settle", "0"), console.toString());
        String out = console.toString();
        assertTrue(out.contains(DEPARTMENT + " 2023 99.46 优 报告已生成"), out);
        assertTrue(out.contains("  项目 " + DEPARTMENT + " 2023 农村户厕改造 存在错误，未生成自评表"), out);
        assertTrue(out.contains("  项目支出绩效自评表存在错误：原件已归档，修改说明见归档文件夹中的 dept.xlsx.原因.txt"), out);

        // archived, as its department's report was published, with the projects' reason beside it
        Path archived = root.resolve("archive").resolve(day());
        assertEquals(
                List.of("dept.xlsx", "dept.xlsx.原因.txt", "dept.xlsx.校验报告.docx"), names(archived));
        String reason =
                Files.readString(archived.resolve("dept.xlsx.原因.txt"), StandardCharsets.UTF_8);
        assertTrue(
                reason.startsWith("提交：dept.xlsx\n部门：" + DEPARTMENT + "\n年度：2023\n处理时间："), reason);
        assertTrue(
                reason.contains("结果：" + Status.CONVERTED.label() + "；项目支出绩效自评表存在错误 1 个，未生成其自评表"),
                reason);
        assertTrue(reason.contains("项目“农村户厕改造”未生成自评表（1 / 2 个项目）"), reason);
        assertTrue(reason.contains("1. [错误] dept.xlsx 农村户厕改造!C6"), reason);
        assertFalse(reason.contains("高标准农田建设!"), "the clean project has nothing to fix: " + reason);
        // the 校验报告 beside it is the projects' own, as published in output/
        Docx audit = new Docx(Files.readAllBytes(archived.resolve("dept.xlsx.校验报告.docx")));
        assertTrue(audit.allText().contains("农村户厕改造"), audit.allText());
        assertTrue(Files.list(root.resolve("failed")).findAny().isEmpty(), "nothing failed");

        // a rebuilt record takes the archived workbook for its verdicts, not its companions
        List<String> before =
                Manifest.readProjects(root.resolve("output")).stream()
                        .map(v -> v.project() + " " + v.status())
                        .toList();
        Files.delete(root.resolve("output").resolve(Manifest.FILE_NAME));
        assertEquals(ExitCodes.OK, selfeval("record", "rebuild"), console.toString());
        assertEquals(
                before,
                Manifest.readProjects(root.resolve("output")).stream()
                        .map(v -> v.project() + " " + v.status())
                        .toList());
        assertEquals(1, Manifest.read(root.resolve("output")).size());
    }

    @Test
    void aFailedDepartmentWorkbooksReasonListsItsProjectsErrorsToo() throws Exception {
        Path inbox = Files.createDirectories(root.resolve("inbox"));
        try (XSSFWorkbook dept =
                        new XSSFWorkbook(
                                Files.newInputStream(
                                        EXAMPLES.resolve("huadu-amr-2023-as-published.xlsx")));
                XSSFWorkbook projects = blockedProjects()) {
            for (String name : List.of("高标准农田建设", "农村户厕改造"))
                copy(projects.getSheet(name), dept.createSheet(name));
            Files.write(inbox.resolve("dept.xlsx"), ProjectFill.bytes(dept));
        }
        assertEquals(ExitCodes.FAILED, selfeval("run", "--settle", "0"), console.toString());
        Path failed = root.resolve("failed").resolve(day());
        assertEquals(
                List.of("dept.xlsx", "dept.xlsx.原因.txt", "dept.xlsx.校验报告.docx"), names(failed));
        String reason =
                Files.readString(failed.resolve("dept.xlsx.原因.txt"), StandardCharsets.UTF_8);
        int department = reason.indexOf("dept.xlsx 绩效指标!K45");
        int projects = reason.indexOf("随附的项目支出绩效自评表中也存在“错误”级别的问题，项目“农村户厕改造”未生成自评表（1 / 2 个项目）：");
        assertTrue(department > 0 && projects > department, reason);
        assertTrue(reason.indexOf("[错误] dept.xlsx 农村户厕改造!C6", projects) > projects, reason);
        assertTrue(reason.contains("结果：" + Status.BLOCKED.label()), reason);
    }

    @Test
    void aProjectWorkbookDeliveredAgainIsToldInAProjectsWords() throws Exception {
        Path inbox = Files.createDirectories(root.resolve("inbox"));
        Path blocked = root.resolve("b.xlsx");
        try (XSSFWorkbook wb = blockedProjects()) {
            Files.write(blocked, ProjectFill.bytes(wb));
        }
        Files.copy(EXAMPLES.resolve("qingshan-agri-2023-projects.xlsx"), inbox.resolve("a.xlsx"));
        Files.copy(blocked, inbox.resolve("b.xlsx"));
        selfeval("run", "--settle", "0");
        Files.copy(
                EXAMPLES.resolve("qingshan-agri-2023-projects.xlsx"),
                inbox.resolve("a again.xlsx"));
        Files.copy(blocked, inbox.resolve("b again.xlsx"));
        console.getBuffer().setLength(0);
        selfeval("run", "--settle", "0");
        String out = console.toString();
        assertTrue(
                out.contains("] " + DEPARTMENT + " 2023 项目支出绩效自评表 内容与已处理的提交相同，未重新转换（已移入归档文件夹）"),
                out);
        assertTrue(
                out.contains("] " + DEPARTMENT + " 2023 项目支出绩效自评表 内容与已处理的提交相同，未重新转换（已移入失败文件夹）"),
                out);

        assertTrue(out.contains("完成：项目支出绩效自评表重复提交未重新转换 2 份。"), out);

        String note =
                Files.readString(
                        root.resolve("archive").resolve(day()).resolve("a again.xlsx.说明.txt"),
                        StandardCharsets.UTF_8);
        assertTrue(note.contains("完全相同，未重新转换。"), note);
        assertTrue(note.contains("上次结果：项目支出绩效自评表 3 个：自评表已生成 3 个，存在错误 0 个"), note);
        assertTrue(
                note.contains(
                        "项目 重大动物疫病防控：自评表已生成，自评表：2023/"
                                + DEPARTMENT
                                + "/项目支出绩效自评/2023年度重大动物疫病防控项目支出绩效自评表.docx"),
                note);
        assertFalse(note.contains(Status.CONVERTED.label()), "no department wording: " + note);

        String reason =
                Files.readString(
                        root.resolve("failed").resolve(day()).resolve("b again.xlsx.原因.txt"),
                        StandardCharsets.UTF_8);
        assertTrue(reason.contains("上次结果：项目支出绩效自评表 3 个：自评表已生成 2 个，存在错误 1 个"), reason);
        assertTrue(reason.contains("项目 农村户厕改造：存在错误，未生成自评表"), reason);
        assertTrue(reason.contains("请按上次的项目支出绩效自评校验报告修改项目表后再提交。"), reason);
        assertFalse(reason.contains("未生成报告"), "no department wording: " + reason);
    }

    /** The cells' values as the clerk's workbook holds them (a formula's cached result). */
    private static void copy(Sheet from, Sheet to) {
        for (Row r : from) {
            Row nr = to.createRow(r.getRowNum());
            for (Cell c : r) {
                Cell nc = nr.createCell(c.getColumnIndex());
                CellType type =
                        c.getCellType() == CellType.FORMULA
                                ? c.getCachedFormulaResultType()
                                : c.getCellType();
                switch (type) {
                    case NUMERIC -> nc.setCellValue(c.getNumericCellValue());
                    case STRING -> nc.setCellValue(c.getStringCellValue());
                    default -> {}
                }
            }
        }
    }
}
