package org.selfeval.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * One SHA-256 over every published report, audit report and summary CSV of an output folder
 * (relative path and content, in path order), so two runs can be compared byte for byte. Logs and
 * the .xlsx summary (its own timestamps) are left out.
 */
public final class OutputDigest {

    private OutputDigest() {}

    public record Result(String sha256, int files) {}

    public static Result of(Path out) throws IOException {
        MessageDigest all = sha256();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(out)) {
            files =
                    walk.filter(Files::isRegularFile)
                            .filter(
                                    p ->
                                            p.toString().endsWith(".docx")
                                                    || p.toString().endsWith(".csv"))
                            .filter(p -> !p.getFileName().toString().startsWith("."))
                            .sorted()
                            .toList();
        }
        byte[] buffer = new byte[1 << 16];
        for (Path f : files) {
            all.update(
                    out.relativize(f)
                            .toString()
                            .replace('\\', '/')
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            all.update((byte) 0);
            try (InputStream in = Files.newInputStream(f)) {
                for (int n; (n = in.read(buffer)) > 0; ) all.update(buffer, 0, n);
            }
            all.update((byte) 0);
        }
        return new Result(HexFormat.of().formatHex(all.digest()), files.size());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
