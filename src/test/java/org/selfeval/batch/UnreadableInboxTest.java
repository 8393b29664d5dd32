package org.selfeval.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.cli.ExitCodes;
import org.selfeval.cli.RunCommand;
import picocli.CommandLine;

/** Inbox files the run cannot read, and file-system failures told in Chinese. */
class UnreadableInboxTest {

    private static final String DAY = "2026-11-27";
    private static final Clock CLOCK =
            Clock.fixed(Instant.parse(DAY + "T02:00:00Z"), ZoneOffset.UTC);

    @TempDir Path root;

    /**
     * Root reads every ordinary file whatever its permissions; a write-only sysctl file is one that
     * even root is refused (EACCES), so as root the unreadable submission is a link to it.
     */
    @Test
    void fileWithoutReadPermissionIsFiledAsUnreadable() throws IOException {
        Path inbox = root.resolve("inbox");
        FakeStages.workbook(inbox.resolve("a.xlsx"), "广州市花都区市场监督管理局", "2023");
        if ("root".equals(System.getProperty("user.name"))) {
            Path writeOnly = Path.of("/proc/sys/vm/compact_memory");
            assertTrue(
                    Files.isRegularFile(writeOnly),
                    "this test needs Linux's /proc/sys when run as root");
            Files.createSymbolicLink(inbox.resolve("b.xlsx"), writeOnly);
        } else {
            Path locked = FakeStages.workbook(inbox.resolve("b.xlsx"), "广州市花都区教育局", "2023");
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        }
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new RunCommand(FakeStages.factory(), CLOCK, d -> {}));
        cl.setErr(new PrintWriter(err, true));

        int exit =
                cl.execute(
                        "--inbox",
                        inbox.toString(),
                        "--out",
                        root.resolve("output").toString(),
                        "--archive",
                        root.resolve("archive").toString(),
                        "--failed",
                        root.resolve("failed").toString(),
                        "--settle",
                        "0");

        assertEquals(ExitCodes.FAILED, exit, err.toString());
        String reason =
                Files.readString(
                        root.resolve("failed").resolve(DAY).resolve("b.xlsx.原因.txt"),
                        StandardCharsets.UTF_8);
        assertTrue(reason.contains("没有读取“b.xlsx”的权限"), reason);
        assertTrue(Files.exists(root.resolve("archive").resolve(DAY).resolve("a.xlsx")));
    }

    @Test
    void fileSystemFailuresAreToldInChinese() {
        assertEquals(
                "磁盘空间已满（/out/a.docx），请清理磁盘后重新运行",
                IoProblem.describe(
                        new FileSystemException("/out/a.docx", null, "No space left on device")));
        assertEquals(
                "文件系统为只读（/out/a.docx），请检查输出文件夹所在的磁盘",
                IoProblem.describe(
                        new FileSystemException("/out/a.docx", null, "Read-only file system")));
        assertEquals(
                "没有写入权限（/out），请检查文件夹权限", IoProblem.describe(new AccessDeniedException("/out")));
        assertEquals(
                "目标位置已被同名的文件夹或文件占用（/out/b.docx），请移走它后重新运行",
                IoProblem.describe(
                        new FileSystemException("/out/.tmp", "/out/b.docx", "Is a directory")));
    }
}
