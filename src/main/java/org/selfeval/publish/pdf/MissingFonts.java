package org.selfeval.publish.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Which 公文 faces the report asks for are not installed for LibreOffice, and what fontconfig sets
 * instead (with our stand-ins, {@link FontStandIns}): said once per run, so a PDF in a 宋体-like face
 * never surprises anyone.
 */
final class MissingFonts {

    /**
     * The faces the report's styles name: title, 一级 heading, 二级 heading, body and tables, page
     * numbers.
     */
    static final List<String> FACES = List.of("方正小标宋简体", "黑体", "楷体_GB2312", "仿宋_GB2312", "宋体");

    private MissingFonts() {}

    /**
     * The line to say, or empty when every face is installed or fontconfig's tools are not there
     * (Windows).
     */
    static Optional<String> line(Path fontsConf) {
        try {
            Set<String> installed = installedFamilies();
            List<String> missing = new ArrayList<>();
            for (String face : FACES) {
                if (installed.contains(face)) continue;
                missing.add(face + " → " + standIn(face, fontsConf));
            }
            if (missing.isEmpty()) return Optional.empty();
            return Optional.of(
                    "PDF 字体：本机没有安装 "
                            + String.join("、", missing)
                            + "（箭头后是 PDF 中代替的字体；文字不变，字形与在装有这些字体的 Word 中打印的不同）。"
                            + "安装方法见 README“PDF 中的字体”。");
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /**
     * Every family name fontconfig knows (a font may list several, comma-separated: "仿宋,FangSong").
     */
    static Set<String> installedFamilies() throws IOException, InterruptedException {
        Set<String> families = new HashSet<>();
        for (String line : run(List.of("fc-list", ":", "family"), null).split("\n")) {
            for (String f : line.split(",")) if (!f.isBlank()) families.add(f.strip());
        }
        return families;
    }

    private static String standIn(String face, Path fontsConf)
            throws IOException, InterruptedException {
        String match = run(List.of("fc-match", face, "family"), fontsConf).strip();
        return match.isEmpty() ? "未知字体" : match.split(",")[0];
    }

    private static String run(List<String> command, Path fontsConf)
            throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        if (fontsConf != null) pb.environment().put("FONTCONFIG_FILE", fontsConf.toString());
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0)
            throw new IOException(command + " failed");
        return new String(out, StandardCharsets.UTF_8);
    }
}
