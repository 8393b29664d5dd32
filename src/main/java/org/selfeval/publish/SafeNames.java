package org.selfeval.publish;

import java.util.Locale;
import java.util.Set;

/**
 * Turns department names and years into file and folder names that are safe on Windows and Linux.
 */
public final class SafeNames {

    /** Windows refuses longer path components on many set-ups; Chinese names stay well under it. */
    static final int MAX_LENGTH = 80;

    private static final Set<String> RESERVED =
            Set.of(
                    "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6",
                    "COM7", "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7",
                    "LPT8", "LPT9");

    private SafeNames() {}

    /**
     * Replaces path separators, {@code : * ? " < > |} and control characters with "_", trims dots
     * and spaces at the ends, shortens to {@value #MAX_LENGTH} characters; "" or a reserved device
     * name becomes {@code fallback}.
     */
    public static String of(String name, String fallback) {
        String s = name == null ? "" : name.strip();
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints()
                .forEach(
                        cp -> {
                            boolean bad = cp < 0x20 || cp == 0x7f || "/\\:*?\"<>|".indexOf(cp) >= 0;
                            b.appendCodePoint(bad ? '_' : cp);
                        });
        String cleaned = b.toString().replaceAll("^[. ]+|[. ]+$", "");
        if (cleaned.codePointCount(0, cleaned.length()) > MAX_LENGTH) {
            cleaned = cleaned.substring(0, cleaned.offsetByCodePoints(0, MAX_LENGTH));
        }
        if (cleaned.isEmpty()
                || cleaned.chars().allMatch(c -> c == '_')
                || RESERVED.contains(cleaned.toUpperCase(Locale.ROOT).replaceAll("\\..*$", ""))) {
            return fallback;
        }
        return cleaned;
    }

    /**
     * {@code name} when its UTF-8 form has at most {@code maxBytes} bytes (Linux and most file
     * systems allow 255 per name); else its stem cut to fit, followed by "~" and 8 hex digits of
     * the whole name's SHA-256, extension kept: the same long name always gets the same short one,
     * and two long names that begin alike get different ones.
     */
    public static String fitBytes(String name, int maxBytes) {
        if (bytes(name) <= maxBytes) return name;
        int dot = name.lastIndexOf('.');
        String ext = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
        String stem = name.substring(0, name.length() - ext.length());
        String mark = "~" + shortHash(name);
        int room = maxBytes - bytes(mark + ext);
        StringBuilder kept = new StringBuilder();
        for (int i = 0; i < stem.length(); ) {
            int cp = stem.codePointAt(i);
            String next = new String(Character.toChars(cp));
            if (bytes(kept + next) > room) break;
            kept.append(next);
            i += Character.charCount(cp);
        }
        return kept + mark + ext;
    }

    static int bytes(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }

    private static String shortHash(String name) {
        try {
            byte[] digest =
                    java.security.MessageDigest.getInstance("SHA-256")
                            .digest(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest, 0, 4);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
