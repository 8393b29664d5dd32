package org.selfeval.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.selfeval.publish.ManifestEntry;
import org.selfeval.testing.BlockedEntry;

/** 备注's notes joined: a first error's full stop is dropped before the note that follows it. */
class RemarkNotesTest {

    private static final String K43 = "绩效指标!K43：“资产管理 小计”填报 9 分，但其下各项自评得分之和为 10 分：请把此处改为 10。";

    @Test
    void aFirstErrorsFullStopGivesWayToTheNextNote() {
        ManifestEntry blocked = BlockedEntry.of("h", "甲局", K43);
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
