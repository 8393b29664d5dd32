package org.selfeval.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.selfeval.robust.HostileInputs.*;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.cli.Main;
import picocli.CommandLine;

/**
 * The real pipeline ({@code selfeval run}, in-process) over an inbox full of hostile and broken
 * inputs next to one good submission: each input ends in failed/ with a Chinese reason naming the
 * file (and sheet!cell), or in archive/ when it legitimately converted; the good one is converted;
 * exit code 1; no stack trace on the console; nothing lost; no file content leaks through an XML
 * external entity.
 */
class HostileInboxTest {

    private static final String SECRET = "TOP-SECRET-7f3a";

    @TempDir Path root;

    private final StringWriter err = new StringWriter();

    private int run(String... extra) {
        List<String> args =
                new ArrayList<>(
                        List.of(
                                "run",
                                "--inbox",
                                root.resolve("inbox").toString(),
                                "--out",
                                root.resolve("output").toString(),
                                "--archive",
                                root.resolve("archive").toString(),
                                "--failed",
                                root.resolve("failed").toString(),
                                "--settle",
                                "0",
                                "--threads",
                                "2"));
        args.addAll(List.of(extra));
        CommandLine cl = Main.commandLine();
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args.toArray(String[]::new));
    }

    private Path inbox(String name) {
        return root.resolve("inbox").resolve(name);
    }

    private Path failed(String name) {
        return root.resolve("failed").resolve(LocalDate.now().toString()).resolve(name);
    }

    private Path archived(String name) {
        return root.resolve("archive").resolve(LocalDate.now().toString()).resolve(name);
    }

    private Path out(String relative) {
        return root.resolve("output").resolve(relative);
    }

    @Test
    void everyHostileInputIsFiledWithAReasonAndTheGoodOneIsConverted() throws Exception {
        Path secret = Files.writeString(root.resolve("secret.txt"), SECRET);
        write(inbox("01-正常.xlsx"), example());
        write(inbox("02-随机字节.xlsx"), randomBytes(4096, 7));
        write(inbox("03-截断.xlsx"), truncated(example()));
        write(inbox("04-空文件.xlsx"), new byte[0]);
        write(inbox("05-Word改名.xlsx"), docx());
        write(inbox("06-PDF改名.xlsx"), pdf());
        write(inbox("07-加密.xlsx"), encrypted(variant("测试加密局")));
        write(inbox("08-宏.xlsm"), withMacros(variant("测试宏局")));
        write(inbox("09-压缩炸弹.xlsx"), zipBomb());
        write(inbox("10-XXE工作表.xlsx"), xxeInSheet(variant("测试实体甲局"), "基本信息", secret));
        write(inbox("11-XXE共享字符串.xlsx"), xxeInSharedStrings(variant("测试实体乙局"), "测试实体乙局", secret));
        write(inbox("12-十万行.xlsx"), withManyRows("测试十万行局", 100_000));
        write(inbox("13-万条指标.xlsx"), variant("测试万条指标局", manyIndicators(10_000)));
        write(inbox("14-长文本.xlsx"), variant("测试长文本局", value("基本信息", "B20", "问".repeat(5_000))));
        write(
                inbox("15-公式错误.xlsx"),
                variant(
                        "测试公式错误局",
                        formula("收入决算", "B5", "1/0"),
                        formula("支出决算", "C4", "#REF!+1"),
                        formula("重点项目", "E3", "\"abc\"+1")));
        write(
                inbox("16-循环引用.xlsx"),
                variant("测试循环引用局", formula("管理指标数据", "B3", "B4"), formula("管理指标数据", "B4", "B3")));
        write(inbox("17-外部引用.xlsx"), externalReference(variant("测试外部引用局"), "管理指标数据", "B3"));
        write(inbox("18-缺少工作表.xlsx"), variant("测试缺表局", removeSheets("绩效指标", "管理指标数据")));
        write(inbox("19-表头拼错.xlsx"), variant("测试表头局", value("收入决算", "C2", "去年决算")));
        write(inbox("20-分文件重复/预算.xlsx"), variant("测试重复表局"));
        write(
                inbox("20-分文件重复/重点项目.xlsx"),
                variant("测试重复表局", removeSheets("基本信息", "收入决算", "支出决算", "绩效指标", "管理指标数据")));
        write(inbox("21-文字金额.xlsx"), variant("测试文字金额局", value("收入决算", "C4", "二万一千")));
        write(inbox("22-负数金额.xlsx"), variant("测试负数局", value("管理指标数据", "B9", -5)));
        write(inbox("23-日期当数字.xlsx"), variant("测试日期局", date("重点项目", "E3", 45270)));
        write(inbox("24-百分比超100.xlsx"), variant("测试百分比局", value("绩效指标", "H12", 180)));
        write(inbox("25-三位小数得分.xlsx"), variant("测试小数局", value("绩效指标", "K4", 2.995)));
        write(inbox("26-路径字符.xlsx"), variant("../..\\测试/路径:局*?"));
        String longName = "测试超长名称局" + "很".repeat(293);
        write(inbox("27-超长名称.xlsx"), variant(longName));
        write(inbox("28-公式注入.xlsx"), variant("=HYPERLINK(\"http://x\",\"点我\")"));
        Files.createSymbolicLink(inbox("29-断开的链接.xlsx"), root.resolve("不存在.xlsx"));
        boolean fifo =
                new ProcessBuilder("mkfifo", inbox("30-管道.xlsx").toString()).start().waitFor() == 0;
        List<String> inputs = names(root.resolve("inbox"));

        int exit = run();

        String console = err.toString();
        assertEquals(1, exit, console);
        assertFalse(console.contains("Exception") || console.contains("\tat "), console);
        // the good submission, converted in the same run
        String good = "2023/" + GOOD_DEPARTMENT + "/2023年度" + GOOD_DEPARTMENT;
        assertTrue(Files.exists(out(good + "部门整体支出绩效自评报告.docx")), console);
        assertTrue(console.contains(GOOD_DEPARTMENT + " 2023 94.98 优 报告已生成"), console);
        assertTrue(Files.exists(archived("01-正常.xlsx")));

        notAWorkbook("02-随机字节.xlsx");
        notAWorkbook("03-截断.xlsx");
        failedWith("04-空文件.xlsx", "文件“04-空文件.xlsx”是空文件（0 字节）");
        notAWorkbook("05-Word改名.xlsx");
        notAWorkbook("06-PDF改名.xlsx");
        failedWith("07-加密.xlsx", "工作簿“07-加密.xlsx”设置了打开密码", "取消密码");
        // macros are never run: POI reads cell values only; the data in a macro-enabled workbook is
        // accepted
        assertTrue(Files.exists(archived("08-宏.xlsm")));
        assertTrue(Files.exists(out("2023/测试宏局/2023年度测试宏局部门整体支出绩效自评报告.docx")));
        failedWith("09-压缩炸弹.xlsx", "工作簿“09-压缩炸弹.xlsx”的压缩比异常", "为安全起见未读取");
        failedWith("10-XXE工作表.xlsx", "工作簿“10-XXE工作表.xlsx”的内部 XML 含有 Excel 不会写入的 DOCTYPE/实体声明");
        failedWith("11-XXE共享字符串.xlsx", "工作簿“11-XXE共享字符串.xlsx”的内部 XML 含有 Excel 不会写入的 DOCTYPE/实体声明");
        failedWith("12-十万行.xlsx", "工作簿“12-十万行.xlsx”的单元格超过 200000 个", "删除表格下方多余的行");
        assertTrue(
                Files.exists(archived("13-万条指标.xlsx")),
                "10,000 indicator rows stay within the limits");
        assertTrue(Files.exists(archived("14-长文本.xlsx")), "a 5,000-character narrative converts");
        failedWith(
                "15-公式错误.xlsx",
                "15-公式错误.xlsx 收入决算!B5：",
                "的公式出错（#DIV/0!）",
                "15-公式错误.xlsx 支出决算!C4：",
                "的公式出错（#REF!）",
                "15-公式错误.xlsx 重点项目!E3：",
                "的公式出错（#VALUE!）");
        failedWith("16-循环引用.xlsx", "16-循环引用.xlsx 管理指标数据!B3：", "的公式出错（循环引用）");
        // a link to another workbook cannot be followed: the value Excel saved with the file is
        // used
        assertTrue(Files.exists(archived("17-外部引用.xlsx")));
        String log =
                Files.readString(
                        out("logs/selfeval-" + LocalDate.now() + ".log"), StandardCharsets.UTF_8);
        assertTrue(
                log.contains("[警告] READ-EXTERNAL-LINK 17-外部引用.xlsx 管理指标数据!B3")
                        && log.contains(
                                "管理指标数据!B3 的公式（=[1]预算!B2）引用了其他工作簿，无法重新计算，已采用 Excel 保存该文件时的结果"),
                log);
        failedWith(
                "18-缺少工作表.xlsx",
                "提交的文件（18-缺少工作表.xlsx）中缺少工作表：绩效指标、管理指标数据",
                "找到的工作表：填报说明、基本信息、收入决算、支出决算、重点项目");
        failedWith(
                "19-表头拼错.xlsx",
                "19-表头拼错.xlsx 收入决算!A2：",
                "表头缺少“上年决算”列",
                "找到的表头：项目、本年决算、去年决算、差异、差异率(%)、差异说明");
        failedWith("20-分文件重复", "工作表“重点项目”同时出现在“重点项目.xlsx”和“预算.xlsx”中");
        failedWith("21-文字金额.xlsx", "21-文字金额.xlsx 收入决算!C4：", "填写的“二万一千”不是可识别的数字");
        assertTrue(
                Files.exists(archived("22-负数金额.xlsx")),
                "a negative amount is a number; the audit judges it");
        failedWith("23-日期当数字.xlsx", "23-日期当数字.xlsx 重点项目!E3：", "填写的“2023-12-10”不是可识别的数字");
        assertTrue(
                Files.exists(archived("24-百分比超100.xlsx")),
                "an actual value over 100% is legitimate");
        assertTrue(Files.exists(archived("25-三位小数得分.xlsx")));
        failedWith("29-断开的链接.xlsx", "“29-断开的链接.xlsx”不是普通文件");
        if (fifo) failedWith("30-管道.xlsx", "“30-管道.xlsx”不是普通文件");

        // department names that are paths stay one folder below output/<年度>/ with a safe name
        assertTrue(Files.exists(archived("26-路径字符.xlsx")));
        assertTrue(Files.exists(archived("27-超长名称.xlsx")));
        List<String> departments =
                names(out("2023")).stream().filter(n -> !n.startsWith("汇总")).toList();
        for (String d : departments) {
            assertFalse(d.matches(".*[/\\\\:*?].*") || d.startsWith("."), d);
            assertTrue(d.codePointCount(0, d.length()) <= 80, d);
            assertTrue(d.getBytes(StandardCharsets.UTF_8).length <= 255, d);
        }
        String pathy =
                departments.stream()
                        .filter(d -> d.contains("测试") && d.contains("路径"))
                        .findFirst()
                        .orElseThrow();
        assertEquals(2, names(out("2023/" + pathy)).size());
        String longFolder =
                departments.stream().filter(d -> d.startsWith("测试超长名称局")).findFirst().orElseThrow();
        List<String> longFiles = names(out("2023/" + longFolder));
        assertEquals(
                2, longFiles.size(), "report and audit report keep distinct names: " + longFiles);
        assertTrue(
                longFiles.stream().anyMatch(f -> f.endsWith("部门整体支出绩效自评报告.docx")),
                longFiles.toString());
        assertTrue(
                longFiles.stream().anyMatch(f -> f.endsWith("部门整体支出绩效自评校验报告.docx")),
                longFiles.toString());
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.toList()) assertTrue(p.normalize().startsWith(root), p.toString());
        }

        // formula injection through the department name is neutralised in both summaries
        String csv = Files.readString(out("2023/汇总.csv"), StandardCharsets.UTF_8);
        assertTrue(csv.contains("'=HYPERLINK("), csv);
        assertTrue(
                csv.lines()
                        .anyMatch(
                                l ->
                                        l.startsWith(GOOD_DEPARTMENT + ",2023,,报告已生成,")
                                                && l.contains(",94.98,优,")),
                csv);
        try (Workbook summary = WorkbookFactory.create(out("2023/汇总.xlsx").toFile(), null, true)) {
            boolean found = false;
            for (Row row : summary.getSheetAt(0)) {
                Cell name = row.getCell(0);
                assertFalse(
                        name.getCellType() == CellType.FORMULA,
                        "a department name became a formula");
                if (name.getStringCellValue().contains("HYPERLINK")) {
                    assertTrue(
                            name.getStringCellValue().startsWith("'="), name.getStringCellValue());
                    found = true;
                }
            }
            assertTrue(found);
        }

        // nothing lost: every input is in exactly one of inbox, archive, failed
        List<String> filed =
                new ArrayList<>(
                        names(root.resolve("inbox")).stream()
                                .filter(n -> !n.equals(".selfeval.lock"))
                                .toList());
        filed.addAll(names(root.resolve("archive").resolve(LocalDate.now().toString())));
        filed.addAll(
                names(root.resolve("failed").resolve(LocalDate.now().toString())).stream()
                        .filter(n -> !n.endsWith(".原因.txt") && !n.endsWith(".校验报告.docx"))
                        .toList());
        assertEquals(inputs.stream().sorted().toList(), filed.stream().sorted().toList());

        // the external entity was never expanded: the secret appears in no output, companion, log
        // or console line
        assertFalse(console.contains(SECRET));
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p :
                    all.filter(Files::isRegularFile).filter(p -> !p.equals(secret)).toList()) {
                assertFalse(content(p).contains(SECRET), p.toString());
            }
        }
    }

    /**
     * An output that cannot be written (a read-only or full disk; simulated by a file standing
     * where the report's folder must go — a folder where the report itself must go no longer stops
     * it: the report takes the next version name) is not the department's fault: the input stays in
     * the inbox for the next run, the console says why in Chinese, the others are converted, and
     * the exit code is 3. Once the obstacle is gone the rerun converts it.
     */
    @Test
    void outputThatCannotBeWrittenLeavesTheInputForTheNextRun() throws Exception {
        write(inbox("01-正常.xlsx"), example());
        write(inbox("02-另一个局.xlsx"), variant("测试另一个局"));
        Path blocked = out("2023/" + GOOD_DEPARTMENT);
        Files.createDirectories(blocked.getParent());
        Files.writeString(blocked, "x");

        int exit = run();

        String console = err.toString();
        assertEquals(3, exit, console);
        assertTrue(
                console.contains("[1/2] 01-正常.xlsx 处理失败，已留在收件文件夹，下次运行时重试：目标位置已被同名的文件夹或文件占用"),
                console);
        assertFalse(console.contains("Exception") || console.contains("\tat "), console);
        assertTrue(Files.exists(inbox("01-正常.xlsx")));
        assertTrue(Files.exists(archived("02-另一个局.xlsx")));
        try (Stream<Path> all = Files.walk(root.resolve("output"))) {
            assertEquals(
                    List.of(),
                    all.filter(p -> p.getFileName().toString().startsWith(".selfeval-tmp-"))
                            .toList());
        }
        String log =
                Files.readString(
                        out("logs/selfeval-" + LocalDate.now() + ".log"), StandardCharsets.UTF_8);
        assertTrue(
                log.contains("FileAlreadyExistsException") || log.contains("FileSystemException"),
                log);

        Files.delete(blocked);
        err.getBuffer().setLength(0);
        assertEquals(0, run(), err.toString());
        assertTrue(
                Files.isRegularFile(
                        blocked.resolve("2023年度" + GOOD_DEPARTMENT + "部门整体支出绩效自评报告.docx")));
        assertTrue(Files.exists(archived("01-正常.xlsx")));
    }

    private void notAWorkbook(String name) throws IOException {
        failedWith(name, "文件“" + name + "”不是 Excel 工作簿", "另存为 .xlsx");
    }

    /**
     * The input is in failed/, with its reason beside it naming the file and containing each
     * fragment.
     */
    private void failedWith(String name, String... fragments) throws IOException {
        assertTrue(
                Files.exists(failed(name), java.nio.file.LinkOption.NOFOLLOW_LINKS),
                name + " not in failed/");
        String reason = Files.readString(failed(name + ".原因.txt"), StandardCharsets.UTF_8);
        assertTrue(reason.startsWith("提交：" + name + "\n"), reason);
        for (String f : fragments)
            assertTrue(reason.contains(f), "“" + f + "” missing from:\n" + reason);
    }

    private static String content(Path file) throws IOException {
        byte[] head = new byte[2];
        try (var in = Files.newInputStream(file)) {
            if (in.read(head) == 2 && head[0] == 'P' && head[1] == 'K') {
                try (ZipFile zip = new ZipFile(file.toFile())) {
                    return text(zip);
                } catch (IOException notAZip) {
                    // a truncated copy: fall back to the bytes
                }
            }
        }
        return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)
                + new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }

    static List<String> names(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
