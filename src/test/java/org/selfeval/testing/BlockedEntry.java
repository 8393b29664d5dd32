package org.selfeval.testing;

import java.math.BigDecimal;
import org.selfeval.pipeline.Status;
import org.selfeval.publish.GroupScores;
import org.selfeval.publish.ManifestEntry;

/** A blocked department's verdict as the record keeps it, with its first error. */
public final class BlockedEntry {

    private BlockedEntry() {}

    /**
     * {@code department}'s 2023 submission {@code hash}.xlsx, blocked by one 错误 whose text is
     * {@code firstError}; its 校验报告 published, the total it typed 99.
     */
    public static ManifestEntry of(String hash, String department, String firstError) {
        return new ManifestEntry(
                hash,
                hash + ".xlsx",
                department,
                "2023",
                1,
                Status.BLOCKED,
                null,
                "",
                GroupScores.none(),
                null,
                1,
                0,
                "",
                "2023/" + department + "/校验报告.docx",
                "2026-12-05 02:00:00",
                "0.1.0",
                new BigDecimal("99"),
                firstError);
    }
}
