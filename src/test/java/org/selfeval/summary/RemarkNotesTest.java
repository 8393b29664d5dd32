package org.selfeval.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.selfeval.pipeline.Status;
import org.selfeval.publish.GroupScores;
import org.selfeval.publish.ManifestEntry;

/** 备注's notes joined: a first error's full stop is dropped before the note that follows it. */
class RemarkNotesTest {

    private static final String K43 = "绩效指标!K43：“资产管理 小计”填报 9 分，但其下各项自评得分之和为 10 分：请把此处改为 10。";

    @Test
    void aFirstErrorsFullStopGivesWayToTheNextNote() {
        ManifestEntry blocked =
                new ManifestEntry(
                        "h",
                        "a.xlsx",
                        "甲局",
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
                        "2023/甲局/a.docx",
                        "2026-12-05 02:00:00",
                        "0.1.0",
                        new BigDecimal("99"),
                        K43);
        DepartmentRow alone =
                new DepartmentRow(
                        "甲局", "2023", null, false, DepartmentStatus.BLOCKED, blocked, null, null);
        assertEquals("首个错误：" + K43, alone.remark(), "the last note keeps its full stop");
        DepartmentRow offRoster =
                new DepartmentRow(
                        "甲局", "2023", null, true, DepartmentStatus.BLOCKED, blocked, null, null);
        assertEquals(
                "首个错误：" + K43.substring(0, K43.length() - 1) + "；" + DepartmentRow.NOT_ON_ROSTER,
                offRoster.remark());
        assertEquals("a；b。", DepartmentRow.notes(List.of("a。", "b。")));
        assertEquals("", DepartmentRow.notes(List.of()));
    }
}
