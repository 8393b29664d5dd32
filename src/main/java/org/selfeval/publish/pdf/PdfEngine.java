package org.selfeval.publish.pdf;

import java.nio.file.Path;

/** How LibreOffice is asked for a PDF: a start per document, or a pool of running offices. */
interface PdfEngine extends AutoCloseable {

    /**
     * Writes {@code <folder of docx>/<name>.pdf} from {@code docx} (an ASCII name in a folder of
     * its own).
     *
     * @throws LibreOfficePdf.PdfException with a Chinese reason when LibreOffice fails or runs past
     *     the time limit
     */
    void toPdf(Path docx) throws LibreOfficePdf.PdfException, InterruptedException;

    @Override
    void close();
}
