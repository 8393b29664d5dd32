package org.selfeval.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The two launchers: the Windows one stays CRLF, and both start the JVM the same way. */
class LaunchersTest {

    private static final Path CMD = Path.of("selfeval.cmd");
    private static final Path BASH = Path.of("selfeval");

    @Test
    void theWindowsLauncherHasCrlfLineEndingsEverywhere() throws Exception {
        byte[] bytes = Files.readAllBytes(CMD);
        int lines = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                lines++;
                assertTrue(
                        i > 0 && bytes[i - 1] == '\r',
                        "LF without CR at byte " + i + " of selfeval.cmd");
            }
        }
        assertTrue(lines > 10, "lines: " + lines);
        assertTrue(bytes[bytes.length - 1] == '\n', "ends with a line end");
    }

    @Test
    void gitKeepsItCrlfOnEveryCheckout() throws Exception {
        String attributes = Files.readString(Path.of(".gitattributes"), StandardCharsets.UTF_8);
        assertTrue(attributes.lines().anyMatch(l -> l.equals("*.cmd text eol=crlf")), attributes);
        assertTrue(attributes.lines().anyMatch(l -> l.equals("selfeval text eol=lf")), attributes);
        if (Files.isDirectory(Path.of(".git")) || Files.isRegularFile(Path.of(".git"))) {
            Process p =
                    new ProcessBuilder("git", "check-attr", "eol", "--", "selfeval.cmd")
                            .redirectErrorStream(true)
                            .start();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            String answer =
                    new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            assertEquals("selfeval.cmd: eol: crlf", answer);
        }
    }

    @Test
    void bothLaunchersGiveTheJvmTheSameOptions() throws Exception {
        assertEquals(options(BASH), options(CMD));
    }

    @Test
    void bothMakeTheStartUpArchiveOnlyFromConvert() throws Exception {
        String cmd = Files.readString(CMD, StandardCharsets.UTF_8);
        assertTrue(cmd.contains("if /i \"%COMMAND%\"==\"convert\" goto makeArchive"), cmd);
        assertEquals(1, count(cmd, "-XX:ArchiveClassesAtExit"), cmd);
        assertTrue(cmd.indexOf("-XX:ArchiveClassesAtExit") > cmd.indexOf(":makeArchive"), cmd);
        String bash = Files.readString(BASH, StandardCharsets.UTF_8);
        assertEquals(1, count(bash, "-XX:ArchiveClassesAtExit"), bash);
        assertTrue(bash.indexOf("-XX:ArchiveClassesAtExit") > bash.indexOf("  convert)"), bash);
        for (String text : new String[] {cmd, bash}) {
            assertTrue(
                    text.contains("chcp 65001") || text.contains("use_utf8_locale"),
                    "Chinese on the console");
            assertTrue(text.contains("JAVA_HOME"), "uses JAVA_HOME's java when set");
        }
    }

    /** The -D and -XX options a launcher passes (values included). */
    private static Set<String> options(Path launcher) throws Exception {
        Matcher m =
                Pattern.compile(
                                "(-D[\\w.]+=\\w+|-XX:[+-]?\\w+(?:=\\d+)?|-Xlog:[\\w+]+=\\w+|-Xshare:\\w+)")
                        .matcher(Files.readString(launcher, StandardCharsets.UTF_8));
        Set<String> found = new TreeSet<>();
        while (m.find()) found.add(m.group());
        return found;
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
