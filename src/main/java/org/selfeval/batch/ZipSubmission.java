package org.selfeval.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.selfeval.ingest.grid.ReadLimits;
import org.selfeval.publish.FolderTrees;
import org.selfeval.publish.SafeNames;

/**
 * A .zip holding one submission (people zip the folder of a split submission), unpacked into a
 * temporary folder for reading and removed afterwards. Nothing in it is trusted: entry names that
 * leave the folder (.., absolute paths, drive letters) are refused, and the bytes actually written
 * are counted against the reader's own limits, so a zip bomb stops at the first limit instead of
 * filling the disk. Names written by Windows' built-in zip (GBK, without the UTF-8 flag) are read
 * as GB18030.
 */
public final class ZipSubmission implements AutoCloseable {

    /** Entries of any kind (folders included) a submission's zip may hold. */
    private static final int MAX_ENTRIES = 4 * ReadLimits.MAX_FILES;

    private final Path temp;
    private final Path content;

    private ZipSubmission(Path temp, Path content) {
        this.temp = temp;
        this.content = content;
    }

    public static boolean isZip(Path file) {
        return Files.isRegularFile(file) && SubmissionFinder.extension(file).equals("zip");
    }

    /** The folder to read: the zip's single top folder, or the folder it was unpacked into. */
    public Path content() {
        return content;
    }

    /** Unpacks {@code zip}; a {@link Refused} says in Chinese why it cannot be taken. */
    public static ZipSubmission unpack(Path zip) throws IOException, Refused {
        Path temp = Files.createTempDirectory("selfeval-zip");
        String stem = stem(zip);
        Path into = Files.createDirectory(temp.resolve(stem));
        try {
            unpackInto(zip, into);
            return new ZipSubmission(temp, single(into));
        } catch (IOException | Refused | RuntimeException e) {
            FolderTrees.deleteTemporary(temp);
            throw e;
        }
    }

    private static void unpackInto(Path zip, Path into) throws IOException, Refused {
        try (ZipFile file = open(zip)) {
            List<? extends ZipEntry> entries = Collections.list(file.entries());
            if (entries.size() > MAX_ENTRIES) throw new Refused("压缩包中的条目超过 " + MAX_ENTRIES + " 个");
            long total = 0;
            int files = 0;
            for (ZipEntry e : entries) {
                Path target = safeTarget(into, e.getName());
                if (target == null)
                    continue; // a folder, or what the finder ignores (__MACOSX, ~$, hidden)
                if (++files > ReadLimits.MAX_FILES) {
                    throw new Refused("压缩包中的文件超过 " + ReadLimits.MAX_FILES + " 个");
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = file.getInputStream(e);
                        OutputStream out = Files.newOutputStream(target)) {
                    total += copy(in, out, ReadLimits.MAX_UNCOMPRESSED_BYTES - total, e.getName());
                }
            }
            if (files == 0) throw new Refused("压缩包中没有文件");
        } catch (ZipException e) {
            throw new Refused("不是有效的压缩包（" + e.getMessage() + "）");
        }
    }

    /**
     * Names are tried as UTF-8 first; Windows' own zip writes them in the OEM code page (GBK)
     * unflagged.
     */
    private static ZipFile open(Path zip) throws IOException {
        try {
            return new ZipFile(zip.toFile(), StandardCharsets.UTF_8);
        } catch (ZipException notUtf8) {
            // a name that is not UTF-8 ("bad entry name"), or not a zip at all: the second attempt
            // tells
            return new ZipFile(zip.toFile(), Charset.forName("GB18030"));
        }
    }

    /**
     * Where an entry goes inside {@code into}; null for folders and ignored names; refused when it
     * would leave.
     */
    private static Path safeTarget(Path into, String name) throws Refused {
        String n = name.replace('\\', '/');
        boolean absolute = n.startsWith("/") || n.matches("^[A-Za-z]:.*");
        List<String> parts = new ArrayList<>(List.of(n.split("/")));
        parts.removeIf(String::isEmpty);
        if (absolute || parts.contains("..") || n.contains("\0")) {
            throw new Refused("压缩包中的文件“" + name + "”指向压缩包以外的位置，为安全起见不解开");
        }
        if (n.endsWith("/") || parts.isEmpty()) return null;
        for (String p : parts) {
            if (p.equals("__MACOSX") || SubmissionFinder.isIgnored(p)) return null;
        }
        Path target;
        try {
            target = into.resolve(String.join("/", parts)).normalize();
        } catch (InvalidPathException e) {
            throw new Refused("压缩包中的文件名“" + name + "”在本系统中无效（含有不允许的字符）");
        }
        if (!target.startsWith(into)) {
            throw new Refused("压缩包中的文件“" + name + "”指向压缩包以外的位置，为安全起见不解开");
        }
        return target;
    }

    /**
     * Copies at most {@code budget} bytes in all and {@link ReadLimits#MAX_FILE_BYTES} for this
     * entry.
     */
    private static long copy(InputStream in, OutputStream out, long budget, String name)
            throws IOException, Refused {
        byte[] buffer = new byte[64 * 1024];
        long written = 0;
        for (int n; (n = in.read(buffer)) > 0; ) {
            written += n;
            if (written > ReadLimits.MAX_FILE_BYTES) {
                throw new Refused(
                        "压缩包中的文件“"
                                + name
                                + "”解开后超过 "
                                + ReadLimits.MAX_FILE_BYTES / 1024 / 1024
                                + " MB");
            }
            if (written > budget) {
                throw new Refused(
                        "压缩包解开后超过 "
                                + ReadLimits.MAX_UNCOMPRESSED_BYTES / 1024 / 1024
                                + " MB（可能是压缩炸弹），为安全起见不再解开");
            }
            out.write(buffer, 0, n);
        }
        return written;
    }

    /** A zip of one folder is read as that folder; one holding several submissions is refused. */
    private static Path single(Path into) throws IOException, Refused {
        List<Path> top;
        try (Stream<Path> s = Files.list(into)) {
            top = s.toList();
        }
        if (top.size() == 1 && Files.isDirectory(top.get(0))) return single(top.get(0));
        try (Stream<Path> s = Files.list(into)) {
            if (s.anyMatch(Files::isDirectory)) {
                throw new Refused("压缩包中有多个文件夹，一个压缩包只能是一份提交（一个工作簿或一套表格）");
            }
        }
        return into;
    }

    @Override
    public void close() {
        FolderTrees.deleteTemporary(temp);
    }

    /** Why a zip is not taken, for people. */
    public static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    /**
     * The zip's name without ".zip", made safe as a folder name: findings name it as the
     * submission.
     */
    private static String stem(Path zip) {
        String name = String.valueOf(zip.getFileName());
        String stem =
                name.toLowerCase(Locale.ROOT).endsWith(".zip")
                        ? name.substring(0, name.length() - 4)
                        : name;
        return SafeNames.of(stem, "压缩包");
    }
}
