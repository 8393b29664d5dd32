package org.selfeval.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options that shape the written documents, shared by convert and run. */
public final class ReportOptions {

    @Option(names = "--style", paramLabel = "FILE", description = "提供样式的 .docx 文件（字体、字号、行距）")
    Path style;

    @Option(names = "--pdf", description = "同时在每份 .docx 旁生成 PDF（需要安装 LibreOffice；未安装时只生成 .docx）")
    boolean pdf;

    /** The --style file, or null. */
    public Path style() {
        return style;
    }

    /** Whether --pdf asks for a PDF beside every .docx. */
    public boolean pdf() {
        return pdf;
    }
}
