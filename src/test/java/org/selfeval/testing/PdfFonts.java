package org.selfeval.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The fonts a PDF embeds, and whether each covers Chinese as fontconfig sees it ({@code lang}
 * includes zh-cn). A family name says nothing: LibreOffice may legitimately set 楷体 in "AR PL UKai
 * CN" or 黑体 in WenQuanYi.
 */
public final class PdfFonts {

    private PdfFonts() {}

    /**
     * The PostScript names of the fonts {@code pdf} uses (pdffonts), without the subset prefix
     * "ABCDEF+".
     */
    public static List<String> names(Path pdf) throws IOException, InterruptedException {
        return ExternalCommands.run(pdf.getParent(), List.of("pdffonts", pdf.toString()), 60)
                .lines()
                .skip(2)
                .map(l -> l.split("\\s+")[0].replaceFirst("^[A-Z]{6}\\+", ""))
                .toList();
    }

    /**
     * The fonts of {@code pdf} that are not installed fonts covering simplified Chinese, with what
     * fontconfig said.
     */
    public static List<String> notChinese(Path pdf) throws IOException, InterruptedException {
        List<String> bad = new ArrayList<>();
        for (String name : names(pdf)) {
            String langs = languages(pdf.getParent(), name);
            boolean chinese =
                    langs.lines().anyMatch(l -> List.of(l.split("\\|")).contains("zh-cn"));
            if (!chinese)
                bad.add(
                        name
                                + (langs.isBlank()
                                        ? " (not an installed font)"
                                        : " (lang " + langs.strip() + ")"));
        }
        return bad;
    }

    /**
     * fontconfig's languages of the installed font with this PostScript name. LibreOffice may add a
     * variant to the name ("NotoSerifCJKjp-Regular-VKana" for NotoSerifCJKjp-Regular's vertical
     * kana): such suffixes are dropped in turn.
     */
    private static String languages(Path dir, String postscriptName)
            throws IOException, InterruptedException {
        for (String name = postscriptName; ; name = name.substring(0, name.lastIndexOf('-'))) {
            String langs =
                    ExternalCommands.run(
                            dir,
                            List.of("fc-list", ":postscriptname=" + name, "--format", "%{lang}\n"),
                            60);
            if (!langs.isBlank() || name.lastIndexOf('-') <= 0) return langs;
        }
    }
}
