package org.selfeval.report;

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
 * docx4j (and POI) stamp every zip entry with the current time; rewriting the entries with the document's own
 * timestamp makes two renderings of the same evaluation byte-identical (across runs and threads). The benchmark's
 * generated workbooks use it too, so a seed fixes every byte.
 */
public final class ZipTimes {

    private ZipTimes() {
    }

    public static byte[] fix(byte[] zip, Instant time) {
        LocalDateTime stamp = LocalDateTime.ofInstant(time, ZoneOffset.UTC);
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length + 1024);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream zos = new ZipOutputStream(out)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(stamp);
                zos.putNextEntry(copy);
                in.transferTo(zos);
                zos.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
