package org.selfeval.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.cli.Main;
import org.selfeval.report.docx.DocxPackage;

/**
 * A real convert in a child JVM that logs every class it loads: with the built-in styles no docx4j
 * or JAXB class is even loaded (so none is initialised, and the JAXB context's second of start-up
 * is gone). With --style the same log does show docx4j, which proves the log would catch it.
 */
class WithoutDocx4jIT {

    /** Packages of docx4j, the JAXB API and its implementations. */
    private static final List<String> JAXB =
            List.of(
                    "org.docx4j.",
                    "jakarta.xml.bind.",
                    "javax.xml.bind.",
                    "org.glassfish.jaxb.",
                    "com.sun.xml.bind.");

    @TempDir Path dir;

    @Test
    void convertWithBuiltInStylesLoadsNoDocx4jOrJaxbClass() throws Exception {
        List<String> loaded = convert(dir.resolve("plain"), null);
        assertTrue(loaded.contains(DocxPackage.class.getName()), "the renderer ran in the child");
        assertEquals(List.of(), loaded.stream().filter(WithoutDocx4jIT::jaxb).toList());
    }

    @Test
    void convertWithAStyleDocxLoadsDocx4jOnlyThen() throws Exception {
        Path report =
                Files.write(
                        dir.resolve("样式.docx"),
                        new DocxRenderer().report(RealExamples.evaluate(RealExamples.CORRECTED)));
        List<String> loaded = convert(dir.resolve("styled"), report);
        assertTrue(
                loaded.contains("org.docx4j.jaxb.Context"), "the log shows docx4j when it is used");
    }

    /**
     * The classes a child JVM loaded while converting the corrected example (with {@code style}, if
     * not null).
     */
    private static List<String> convert(Path out, Path style) throws Exception {
        Files.createDirectories(out);
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command =
                new ArrayList<>(
                        List.of(
                                java,
                                "-Xmx512m",
                                "-Xshare:off",
                                "-Xlog:class+load=info",
                                "-Dfile.encoding=UTF-8",
                                "-Dorg.slf4j.simpleLogger.log.org.docx4j=warn",
                                "-cp",
                                System.getProperty("java.class.path"),
                                Main.class.getName(),
                                "convert",
                                RealExamples.CORRECTED.toString(),
                                "--out",
                                out.resolve("docs").toString()));
        if (style != null) command.addAll(List.of("--style", style.toString()));
        Path log = out.resolve("classes.log");
        Process child =
                new ProcessBuilder(command)
                        .redirectOutput(log.toFile())
                        .redirectError(out.resolve("child.err").toFile())
                        .start();
        assertTrue(child.waitFor(180, TimeUnit.SECONDS), "convert finished");
        assertEquals(0, child.exitValue(), Files.readString(out.resolve("child.err")));
        try (Stream<Path> files = Files.walk(out.resolve("docs"))) {
            assertEquals(
                    2,
                    files.filter(f -> f.toString().endsWith(".docx")).count(),
                    "report and 校验报告 written");
        }
        List<String> classes = new ArrayList<>();
        for (String line : Files.readAllLines(log)) {
            // "[0.123s][info][class,load] org.selfeval.report.docx.DocxPackage source: file:/…"
            int at = line.indexOf("[class,load] ");
            if (at < 0) continue;
            String rest = line.substring(at + "[class,load] ".length());
            int space = rest.indexOf(' ');
            classes.add(space < 0 ? rest : rest.substring(0, space));
        }
        assertFalse(classes.isEmpty(), "the child logged its classes");
        return classes;
    }

    private static boolean jaxb(String className) {
        return JAXB.stream().anyMatch(className::startsWith);
    }
}
