package org.selfeval.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's cron recipe, run as cron runs it: its command with {@code sh} in an empty
 * environment, on a fresh folder. Only the install locations (/srv/selfeval,
 * /opt/selfeval/selfeval.jar, /usr/bin/java) are replaced.
 */
class CronRecipeIT {

    @TempDir Path dir;

    private String readme() throws Exception {
        return Files.readString(Child.HOME.resolve("README.md"), StandardCharsets.UTF_8);
    }

    /** The command of the crontab line (what follows the five time fields). */
    private String cronCommand() throws Exception {
        String line =
                readme().lines()
                        .filter(l -> l.startsWith("0 2 * * * "))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no cron line in the README"));
        return localised(line.substring("0 2 * * * ".length()));
    }

    /**
     * The first-time set-up command, as the service user runs it: the part inside {@code sh -c
     * '…'}.
     */
    private String setUpCommand() throws Exception {
        String line =
                readme().lines()
                        .filter(
                                l ->
                                        l.startsWith("sudo -u selfeval sh -c '")
                                                && l.contains("--init"))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no set-up line in the README"));
        return localised(line.substring(line.indexOf('\'') + 1, line.lastIndexOf('\'')));
    }

    private String localised(String command) {
        return command.replace("/srv/selfeval", dir.resolve("srv").toString())
                .replace("/opt/selfeval/selfeval.jar", Child.JAR.toString())
                .replace("/usr/bin/java", Child.JAVA.toString());
    }

    private Child.Result sh(String command) throws Exception {
        return Child.run(dir, dir.resolve("logs"), List.of(), List.of("sh", "-c", command));
    }

    @Test
    void theCronLineWorksVerbatimInAnEmptyEnvironment() throws Exception {
        Path work = Files.createDirectories(dir.resolve("srv"));
        Path cronLog = work.resolve("cron.log");

        // before set-up: the run says what is missing, in its log, instead of the shell failing to
        // redirect
        Child.Result early = sh(cronCommand());
        assertEquals(2, early.exit(), early.toString());
        String log = Files.readString(cronLog, StandardCharsets.UTF_8);
        assertTrue(
                log.contains("收件文件夹 " + work.resolve("inbox") + " 不存在") && log.contains("--init"),
                log);

        Child.Result setUp = sh(setUpCommand());
        assertEquals(0, setUp.exit(), setUp.toString());
        for (String folder : List.of("inbox", "output", "archive", "failed")) {
            assertTrue(Files.isDirectory(work.resolve(folder)), folder);
        }

        List<String> names = Submissions.clean(work.resolve("inbox"), 1);
        Child.Result night = sh(cronCommand());
        assertEquals(0, night.exit(), night + Files.readString(cronLog, StandardCharsets.UTF_8));
        log = Files.readString(cronLog, StandardCharsets.UTF_8);
        assertTrue(log.contains("完成：共处理 1 份，报告已生成 1 份"), log);
        assertTrue(log.contains("收件文件夹：" + work.resolve("inbox")), log);
        assertEquals(
                names,
                Submissions.names(work.resolve("archive").resolve(LocalDate.now().toString())));
    }
}
