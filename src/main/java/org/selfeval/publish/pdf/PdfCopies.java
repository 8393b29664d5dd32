package org.selfeval.publish.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import org.selfeval.publish.PublishedFiles;

/**
 * The --pdf option: a PDF beside every .docx written, when LibreOffice is installed; without it,
 * one line saying so and the .docx as usual. A PDF that fails is reported and never changes the
 * submission's result.
 */
public final class PdfCopies implements AutoCloseable {

    private final Optional<LibreOfficePdf> office;
    private final Consumer<String> say;

    PdfCopies(Optional<LibreOfficePdf> office, Consumer<String> say) {
        this.office = office;
        this.say = say;
    }

    /** No PDFs (--pdf not given). */
    public static PdfCopies none() {
        return new PdfCopies(Optional.empty(), line -> {});
    }

    /**
     * PDFs when {@code wanted}; {@code say} receives the line about a missing LibreOffice or a
     * failed PDF.
     */
    public static PdfCopies open(boolean wanted, Consumer<String> say) {
        if (!wanted) return none();
        try {
            Optional<LibreOfficePdf> office = LibreOfficePdf.find(LibreOfficePdf.DEFAULT_LIMIT);
            if (office.isEmpty()) say.accept(LibreOfficePdf.MISSING);
            // once per run: the 公文 faces the PDFs will lack
            office.flatMap(LibreOfficePdf::missingFonts).ifPresent(say);
            return new PdfCopies(office, say);
        } catch (IOException e) {
            say.accept("无法准备 PDF 转换（临时文件夹无法创建：" + e.getMessage() + "），本次只生成 .docx。");
            return none();
        }
    }

    /**
     * Converts the Word documents just written (the report, the audit report, any other .docx
     * format), whichever exist.
     */
    public void of(PublishedFiles files) {
        if (office.isEmpty() || files == null) return;
        files.files().entrySet().stream()
                .filter(f -> f.getKey().extension().equals("docx"))
                .forEach(f -> convert(f.getValue()));
    }

    private void convert(Path docx) {
        try {
            office.get().convert(docx);
        } catch (LibreOfficePdf.PdfException e) {
            // An earlier PDF of the same name no longer matches the .docx just written: say so,
            // never silently.
            boolean stale = Files.exists(LibreOfficePdf.pdfFor(docx));
            say.accept(
                    "未生成 PDF："
                            + docx.getFileName()
                            + "："
                            + e.getMessage()
                            + "；.docx 不受影响。"
                            + (stale ? "旁边同名的 PDF 是以前生成的旧版本，与新的 .docx 不一致，请勿公开。" : ""));
        }
    }

    @Override
    public void close() {
        office.ifPresent(LibreOfficePdf::close);
    }
}
