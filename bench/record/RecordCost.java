// The SQLite record's cost per verdict, apart from the rest of a run (issue 19; see bench/RESULTS.md):
// mvn -B -q -o package -DskipTests && java -cp target/selfeval.jar bench/record/RecordCost.java target 1000

import java.lang.management.ManagementFactory;
import java.nio.file.*;
import org.selfeval.pipeline.Status;
import org.selfeval.publish.*;

public class RecordCost {
    public static void main(String[] a) throws Exception {
        Path out = Files.createTempDirectory(Path.of(a[0]), "rec");
        int n = Integer.parseInt(a[1]);
        var bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        try (Manifest m = Manifest.load(out)) {
            for (int round = 0; round < 2; round++) {
                long t0 = System.nanoTime(), c0 = bean.getCurrentThreadCpuTime();
                for (int i = 0; i < n; i++) {
                    String h = round + "-" + i;
                    Path filed = out.resolve("f" + h);
                    Files.writeString(filed, "x");
                    ManifestEntry e = new ManifestEntry(h, "s" + h + ".xlsx", "部门" + i, "2023", 1, Status.CONVERTED,
                            new java.math.BigDecimal("90.00"), "优", GroupScores.none(), null, 0, 0,
                            "2023/部门/r.docx", "2023/部门/a.docx", "2026-12-04 18:00:00", "test", null);
                    Manifest.Filing f = m.intend(e, filed);
                    m.settle(f);
                }
                long wall = System.nanoTime() - t0, cpu = bean.getCurrentThreadCpuTime() - c0;
                System.out.printf("round %d: %d verdicts, %.2f ms wall/verdict, %.2f ms CPU/verdict%n",
                        round, n, wall / 1e6 / n, cpu / 1e6 / n);
            }
        }
    }
}
