package org.selfeval.ingest.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.selfeval.ingest.grid.ReadLimits;

/**
 * Counts the cells of an .xlsx/.xlsm by streaming its worksheet parts, before POI loads them: POI's
 * usermodel keeps every cell in memory (measured: 600,000 cells need more than 256 MB of heap), so
 * a sheet with hundreds of thousands of rows is refused here, in constant memory. The XML is read
 * with DTDs and external entities off; the bytes inflated are capped, so a zip bomb cannot make
 * this pass run long.
 */
public final class WorkbookCensus {

    private static final String WORKSHEETS = "xl/worksheets/";

    private WorkbookCensus() {}

    /**
     * @return the number of cells, counting stops just past {@code limit}; -1 when the parts cannot
     *     be read (POI then reports the file as it would)
     */
    public static long cells(Path file, long limit) {
        XMLInputFactory factory = SafeXml.factory();
        long count = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            InflateBudget budget = new InflateBudget(ReadLimits.MAX_UNCOMPRESSED_BYTES);
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements() && count <= limit) {
                ZipEntry entry = entries.nextElement();
                if (!entry.getName().startsWith(WORKSHEETS) || !entry.getName().endsWith(".xml"))
                    continue;
                try (InputStream in = budget.wrap(zip.getInputStream(entry))) {
                    count += cellsIn(factory, in, limit - count);
                }
            }
        } catch (IOException | XMLStreamException | RuntimeException e) {
            return -1;
        }
        return count;
    }

    private static long cellsIn(XMLInputFactory factory, InputStream in, long limit)
            throws XMLStreamException {
        XMLStreamReader xml = factory.createXMLStreamReader(in);
        long count = 0;
        try {
            while (xml.hasNext() && count <= limit) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT
                        && xml.getLocalName().equals("c")) count++;
            }
        } finally {
            xml.close();
        }
        return count;
    }
}
