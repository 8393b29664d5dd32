package org.selfeval.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.selfeval.ingest.grid.ReadLimits;
import org.selfeval.ingest.grid.SheetGrid;
import org.selfeval.model.CellRef;

/**
 * A CSV file as the sheet named by its file name. Encoding: valid UTF-8 (with or without BOM) is
 * UTF-8, anything else is read as GB18030 (a superset of GBK, what Excel saves on Chinese Windows).
 */
final class CsvSource {

    private static final Charset GB18030 = Charset.forName("GB18030");

    /**
     * Rows kept: enough for the header search and the row limit, plus one so the limit is noticed.
     */
    private static final int MAX_RECORDS =
            ReadLimits.HEADER_SEARCH_ROWS + ReadLimits.MAX_TABLE_ROWS + 1;

    private CsvSource() {}

    static Optional<SheetGrid> read(Path file, FindingSink sink) {
        String name = SourceFiles.name(file);
        String sheet = name.substring(0, name.lastIndexOf('.')).strip();
        try {
            String text = decode(Files.readAllBytes(file));
            List<List<String>> rows = new ArrayList<>();
            CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();
            try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
                for (CSVRecord record : parser) {
                    if (rows.size() == MAX_RECORDS) break;
                    rows.add(record.toList());
                }
            }
            return Optional.of(new CsvSheetGrid(name, sheet, rows));
        } catch (IOException
                | UncheckedIOException
                | IllegalStateException
                | IllegalArgumentException e) {
            sink.error(
                    "READ-CSV",
                    CellRef.file(name),
                    sheet,
                    "",
                    "",
                    "无法读取 CSV 文件“"
                            + name
                            + "”（"
                            + e.getMessage()
                            + "）。请用 Excel 打开后另存为“CSV UTF-8（逗号分隔）”。");
            return Optional.empty();
        }
    }

    static String decode(byte[] bytes) {
        int start =
                bytes.length >= 3
                                && (bytes[0] & 0xFF) == 0xEF
                                && (bytes[1] & 0xFF) == 0xBB
                                && (bytes[2] & 0xFF) == 0xBF
                        ? 3
                        : 0;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(buffer)
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, GB18030);
        }
    }
}
