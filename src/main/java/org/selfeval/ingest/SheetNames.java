package org.selfeval.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The sheet names of an .xlsx/.xlsm from its workbook part alone, without reading any sheet: lets
 * the project reader pass over a department's workbook that holds no other sheets (so the
 * department's path is not read twice). Empty when the names cannot be had this way (.xls, an
 * unusual package): the caller then reads the workbook.
 */
final class SheetNames {

    private static final Pattern SHEET =
            Pattern.compile("<(?:\\w+:)?sheet\\b[^>]*?\\bname=\"([^\"]*)\"");

    /**
     * The workbook part is small; a larger one is not what Excel, WPS or POI write for a template.
     */
    private static final int MAX_WORKBOOK_PART = 1 << 20;

    private SheetNames() {}

    static Optional<List<String>> of(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry part = zip.getEntry("xl/workbook.xml");
            if (part == null || part.getSize() > MAX_WORKBOOK_PART) return Optional.empty();
            String xml;
            try (InputStream in = zip.getInputStream(part)) {
                xml = new String(in.readNBytes(MAX_WORKBOOK_PART), StandardCharsets.UTF_8);
            }
            List<String> names = new ArrayList<>();
            Matcher m = SHEET.matcher(xml);
            while (m.find()) names.add(unescape(m.group(1)));
            return names.isEmpty() ? Optional.empty() : Optional.of(names);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&apos;", "'")
                .replace("&amp;", "&");
    }
}
