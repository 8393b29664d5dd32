package org.selfeval.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ChineseNumbersTest {

    @Test
    void ordinalsAsInOfficialText() {
        assertEquals("一是", ChineseNumbers.ordinal(1));
        assertEquals("七是", ChineseNumbers.ordinal(7));
        assertEquals("十是", ChineseNumbers.ordinal(10));
        assertEquals("十一是", ChineseNumbers.ordinal(11));
        assertEquals("二十", ChineseNumbers.of(20));
        assertEquals("二十三", ChineseNumbers.of(23));
        assertEquals("两", ChineseNumbers.count(2));
        assertEquals("三", ChineseNumbers.count(3));
        assertEquals("100", ChineseNumbers.of(100));
    }

    @Test
    void clausesLoseTheirFinalStop() {
        assertEquals("已按计划完成", Texts.clause("已按计划完成。"));
        assertEquals("已按计划完成。", Texts.sentence("已按计划完成；"));
        assertEquals("本部门年度总体工作：一是", Texts.labelled("本部门年度总体工作：", "本部门年度总体工作：一是"));
        assertEquals("重点工作任务：一是", Texts.labelled("重点工作任务：", "一是"));
    }
}
