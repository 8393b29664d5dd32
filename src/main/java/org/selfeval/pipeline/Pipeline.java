package org.selfeval.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.selfeval.model.CellRef;
import org.selfeval.model.Evaluation;
import org.selfeval.model.Finding;
import org.selfeval.model.FindingKind;
import org.selfeval.model.FindingKinds;
import org.selfeval.model.Severity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * read → audit and score → render, for one submission, in memory. Knows nothing of Excel, Word or
 * folders: the stages do. Bad input becomes findings; only a bug inside a stage becomes {@link
 * Status#INTERNAL_ERROR}. Thread-safe when its stages are.
 */
public final class Pipeline {

    /**
     * A fault of the program, not of the submission: reported as such, never as the department's
     * mistake.
     */
    public static final FindingKind INTERNAL = new FindingKind("INTERNAL", "程序错误", Severity.ERROR);

    private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

    private final ReadStage reader;
    private final EvaluateStage evaluator;
    private final OutputFormats formats;

    /**
     * What the documents and the validate command call each finding: the kinds both stages declare
     * and INTERNAL.
     */
    public static FindingKinds findingKinds(ReadStage reader, EvaluateStage evaluator) {
        return FindingKinds.of(reader.kinds(), evaluator.kinds(), List.of(INTERNAL));
    }

    /** {@link #findingKinds(ReadStage, EvaluateStage)} of this pipeline's stages. */
    public FindingKinds findingKinds() {
        return findingKinds(reader, evaluator);
    }

    /** The standard documents from {@code renderer}: the 校验报告 and the report. */
    public Pipeline(ReadStage reader, EvaluateStage evaluator, RenderStage renderer) {
        this(reader, evaluator, OutputFormats.standard(renderer));
    }

    /** Renders every format {@code formats} registers, in its order. */
    public Pipeline(ReadStage reader, EvaluateStage evaluator, OutputFormats formats) {
        this.reader = reader;
        this.evaluator = evaluator;
        this.formats = formats;
    }

    /**
     * Reads, audits, scores and renders every registered output format (the 校验报告, the report …).
     */
    public Outcome convert(Path origin) {
        return run(origin, origin, true);
    }

    /**
     * As {@link #convert(Path)}, reading the files from {@code content} (e.g. unpacked from the
     * delivered zip).
     */
    public Outcome convert(Path origin, Path content) {
        return run(origin, content, true);
    }

    /**
     * As {@link #convert(Path, Path)}, with {@code beforeRender} completing the evaluation before
     * the documents are written (convert adds the project tables that came with the department).
     */
    public Outcome convert(Path origin, Path content, UnaryOperator<Evaluation> beforeRender) {
        return run(origin, content, true, beforeRender);
    }

    /**
     * Reads, audits and scores only (validate): the same stages and error handling, nothing
     * rendered.
     */
    public Outcome check(Path origin) {
        return run(origin, origin, false);
    }

    private Outcome run(Path origin, Path content, boolean render) {
        return run(origin, content, render, UnaryOperator.identity());
    }

    private Outcome run(
            Path origin, Path content, boolean render, UnaryOperator<Evaluation> beforeRender) {
        try {
            ReadResult read = reader.read(content);
            if (!read.readable()) {
                return new Outcome(
                        origin,
                        Status.UNREADABLE,
                        null,
                        read.findings(),
                        render ? render(origin, null, read.findings()) : Map.of());
            }
            Evaluation evaluation =
                    beforeRender.apply(evaluator.evaluate(read.submission(), read.findings()));
            Map<DocumentName, byte[]> documents =
                    render ? render(origin, evaluation, evaluation.findings()) : Map.of();
            Status status = evaluation.blocked() ? Status.BLOCKED : Status.CONVERTED;
            return new Outcome(origin, status, evaluation, evaluation.findings(), documents);
        } catch (RuntimeException | Error e) {
            if (e instanceof VirtualMachineError vme && !(e instanceof OutOfMemoryError)) throw vme;
            LOG.error("转换 {} 时程序内部出错", origin, e);
            List<Finding> findings = new ArrayList<>();
            findings.add(
                    new Finding(
                            INTERNAL.id(),
                            INTERNAL.defaultSeverity(),
                            CellRef.file(String.valueOf(origin.getFileName())),
                            "",
                            "",
                            "",
                            "程序内部错误（" + e.getClass().getSimpleName() + "），详情见日志；请将该文件发给运维人员。"));
            return new Outcome(origin, Status.INTERNAL_ERROR, null, findings, Map.of());
        }
    }

    /** Every registered format's document, in registration order. */
    private Map<DocumentName, byte[]> render(
            Path origin, Evaluation evaluation, List<Finding> findings) {
        Map<DocumentName, byte[]> documents = new LinkedHashMap<>();
        for (OutputFormat format : formats.list()) {
            documents.put(format.name(), format.render(origin, evaluation, findings));
        }
        return documents;
    }
}
