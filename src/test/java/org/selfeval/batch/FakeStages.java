package org.selfeval.batch;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.selfeval.model.BasicInfo;
import org.selfeval.model.CellRef;
import org.selfeval.model.ComparisonTable;
import org.selfeval.model.Evaluation;
import org.selfeval.model.Finding;
import org.selfeval.model.GroupScore;
import org.selfeval.model.ManagementData;
import org.selfeval.model.ScoreCard;
import org.selfeval.model.Severity;
import org.selfeval.model.Submission;
import org.selfeval.model.Text;
import org.selfeval.pipeline.EvaluateStage;
import org.selfeval.pipeline.Pipeline;
import org.selfeval.pipeline.ReadResult;
import org.selfeval.pipeline.ReadStage;
import org.selfeval.pipeline.RenderStage;

/**
 * Stand-in stages: a "workbook" is a UTF-8 properties file (部门名称, 评价年度, 总分, 履职效能, 管理效率, 支出率,
 * errors, warnings, unreadable, crash, vanish, vanish-after-read, append-after-read (once),
 * ioerror); a folder's files are merged. The renderer returns bytes made from the figures.
 */
final class FakeStages {

    private FakeStages() {}

    /**
     * A clerk saving again while the run converts: the file grows after it was read (once: the
     * rerun is stable).
     */
    private static void appendOnce(Path file) {
        try {
            if (!Files.readString(file, StandardCharsets.UTF_8).contains("#appended")) {
                Files.writeString(
                        file,
                        "\n#appended\n",
                        StandardCharsets.UTF_8,
                        java.nio.file.StandardOpenOption.APPEND);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Pipeline pipeline() {
        return new Pipeline(new Reader(), new Evaluator(), new Renderer());
    }

    static PipelineFactory factory() {
        return (config, style, framework) -> pipeline();
    }

    /** Writes a fake workbook. */
    static Path workbook(Path file, String department, String year, String... more)
            throws IOException {
        StringBuilder b = new StringBuilder("部门名称=" + department + "\n评价年度=" + year + "\n");
        for (String m : more) b.append(m).append('\n');
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, b, StandardCharsets.UTF_8);
        return file;
    }

    static Properties properties(Path origin) {
        Properties p = new Properties();
        try (Stream<Path> files =
                Files.isDirectory(origin) ? Files.walk(origin) : Stream.of(origin)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                p.load(new StringReader(Files.readString(f, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    static final class Reader implements ReadStage {
        @Override
        public ReadResult read(Path origin) {
            Properties p = properties(origin);
            if (p.containsKey("crash")) throw new IllegalStateException("fake bug");
            CellRef ref = CellRef.file(String.valueOf(origin.getFileName()));
            if (p.containsKey("vanish")) {
                // taken away while it was being read (by a clerk, another program): the reader sees
                // a broken file
                try {
                    Files.delete(origin);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return new ReadResult(
                        origin,
                        null,
                        List.of(
                                new Finding(
                                        "READ-CORRUPT",
                                        Severity.ERROR,
                                        ref,
                                        "",
                                        "",
                                        "",
                                        "文件已损坏，无法打开。")));
            }
            if (p.containsKey("ioerror")) {
                return new ReadResult(
                        origin,
                        null,
                        List.of(
                                new Finding(
                                        "READ-IO",
                                        Severity.ERROR,
                                        ref,
                                        "",
                                        "",
                                        "",
                                        "无法读取文件（IOException）。请检查文件是否被占用或没有读取权限。")));
            }
            if (p.containsKey("unreadable")) {
                return new ReadResult(
                        origin,
                        null,
                        List.of(
                                new Finding(
                                        "READ-FORMAT",
                                        Severity.ERROR,
                                        ref,
                                        "",
                                        "",
                                        "",
                                        "文件不是有效的 Excel 工作簿；请用 Excel 另存为 .xlsx 后重新提交。")));
            }
            BasicInfo info =
                    new BasicInfo(
                            Map.of(
                                    BasicInfo.DEPARTMENT,
                                            new Text(
                                                    p.getProperty("部门名称", ""),
                                                    CellRef.of(ref.file(), "基本信息", "B2")),
                                    BasicInfo.YEAR,
                                            new Text(
                                                    p.getProperty("评价年度", ""),
                                                    CellRef.of(ref.file(), "基本信息", "B3"))),
                            Map.of());
            Submission s =
                    new Submission(
                            origin,
                            List.of(origin),
                            info,
                            new ComparisonTable("收入决算", null, List.of()),
                            new ComparisonTable("支出决算", null, List.of()),
                            List.of(),
                            List.of(),
                            ManagementData.empty());
            return new ReadResult(origin, s, List.of());
        }
    }

    static final class Evaluator implements EvaluateStage {
        @Override
        public Evaluation evaluate(Submission submission, List<Finding> readFindings) {
            Properties p = properties(submission.origin());
            if (p.containsKey("vanish-after-read")) {
                try {
                    Files.delete(
                            submission
                                    .origin()); // taken away after it was read, before it is filed
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            if (p.containsKey("append-after-read")) appendOnce(submission.origin());
            List<Finding> findings = new ArrayList<>(readFindings);
            CellRef ref =
                    CellRef.of(String.valueOf(submission.origin().getFileName()), "收入决算", "C5");
            for (int i = 0; i < Integer.parseInt(p.getProperty("errors", "0")); i++) {
                findings.add(
                        new Finding(
                                "R-SUM",
                                Severity.ERROR,
                                ref,
                                "合计",
                                "100.00",
                                "99.00",
                                "合计与明细之和不符；请把合计改为各明细之和。"));
            }
            for (int i = 0; i < Integer.parseInt(p.getProperty("warnings", "0")); i++) {
                findings.add(
                        new Finding(
                                "R-EXPLAIN",
                                Severity.WARNING,
                                ref,
                                "财政拨款收入",
                                "",
                                "",
                                "差异率超过 10%，缺少差异说明；请在差异说明列填写原因。"));
            }
            BigDecimal total = new BigDecimal(p.getProperty("总分", "94.98"));
            GroupScore performance = group("履职效能", p.getProperty("履职效能", "47.48"));
            GroupScore management = group("管理效率", p.getProperty("管理效率", "47.5"));
            String grade = total.compareTo(BigDecimal.valueOf(90)) >= 0 ? "优" : "良";
            ScoreCard card =
                    new ScoreCard(
                            List.of(performance, management),
                            total,
                            total,
                            grade,
                            org.selfeval.framework.BuiltInFrameworks.defaultFramework());
            return new Evaluation(
                    submission,
                    findings,
                    null,
                    null,
                    new BigDecimal("22975.66"),
                    new BigDecimal(p.getProperty("支出率", "99.75190000")),
                    List.of(),
                    card);
        }

        private static GroupScore group(String name, String score) {
            return new GroupScore(
                    name,
                    BigDecimal.valueOf(50),
                    new BigDecimal(score),
                    null,
                    List.of(),
                    List.of());
        }
    }

    static final class Renderer implements RenderStage {
        @Override
        public byte[] report(Evaluation e) {
            return ("REPORT " + e.year() + " " + e.department() + " " + e.scores().total())
                    .getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public byte[] auditReport(Path origin, Evaluation e, List<Finding> findings) {
            return ("AUDIT " + origin.getFileName() + " " + findings.size())
                    .getBytes(StandardCharsets.UTF_8);
        }
    }
}
