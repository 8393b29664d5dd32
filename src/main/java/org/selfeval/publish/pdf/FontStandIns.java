package org.selfeval.publish.pdf;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fontconfig file for LibreOffice on Linux: each 公文 face, when not installed, is set in the
 * nearest face that is (the Windows faces first, then Noto CJK, then AR PL), never in a Latin font.
 * Installed 公文 faces still win.
 */
final class FontStandIns {

    private static final List<String> SERIF =
            List.of("Noto Serif CJK SC", "Source Han Serif SC", "AR PL UMing CN");
    private static final List<String> SANS =
            List.of("Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Zen Hei");

    private static final Map<String, List<String>> STAND_INS = new LinkedHashMap<>();

    static {
        STAND_INS.put("仿宋_GB2312", concat(List.of("仿宋", "FangSong"), SERIF));
        STAND_INS.put("仿宋", concat(List.of("FangSong"), SERIF));
        STAND_INS.put("楷体_GB2312", concat(List.of("楷体", "KaiTi", "AR PL UKai CN"), SERIF));
        STAND_INS.put("方正小标宋简体", concat(List.of("宋体", "SimSun"), SERIF));
        STAND_INS.put("宋体", concat(List.of("SimSun"), SERIF));
        STAND_INS.put("黑体", concat(List.of("SimHei"), SANS));
    }

    private FontStandIns() {}

    static String fontConfig() {
        StringBuilder s =
                new StringBuilder(
                        """
                <?xml version="1.0"?>
                <!DOCTYPE fontconfig SYSTEM "fonts.dtd">
                <fontconfig>
                  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
                """);
        STAND_INS.forEach(
                (face, standIns) -> {
                    // <accept> puts the stand-ins after the face itself: an installed 公文 face is
                    // still used.
                    s.append("  <alias binding=\"same\"><family>")
                            .append(face)
                            .append("</family><accept>");
                    standIns.forEach(f -> s.append("<family>").append(f).append("</family>"));
                    s.append("</accept></alias>\n");
                });
        return s.append("</fontconfig>\n").toString();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
