package org.selfeval.report.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Zip entries stamped with the document's own time instead of the current time, which makes two
 * renderings of the same evaluation byte-identical (across runs and threads). The .docx writer
 * stamps its entries so; POI stamps the current time, so the benchmark's generated workbooks are
 * rewritten with {@link #fix}, and a seed fixes every byte.
 */
public final class ZipTimes {

    private ZipTimes() {}

    /** A new entry named {@code name}, stamped with {@code time} (as UTC wall time). */
    public static ZipEntry entry(String name, Instant time) {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(LocalDateTime.ofInstant(time, ZoneOffset.UTC));
        return entry;
    }

    /** {@code zip} with every entry, in the same order, stamped with {@code time}. */
    public static byte[] fix(byte[] zip, Instant time) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length + 1024);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream zos = new ZipOutputStream(out)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                zos.putNextEntry(entry(entry.getName(), time));
                in.transferTo(zos);
                zos.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
