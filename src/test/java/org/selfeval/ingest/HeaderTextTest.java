package org.selfeval.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeaderTextTest {

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "本年决算|本年决算",
                "本年决算（万元）|本年决算",
                "本年决算(万元)|本年决算",
                " 本年 决算 |本年决算",
                "差异率（%）|差异率",
                "差异率(%)|差异率",
                "差异率（％）|差异率",
                "2023年决算(万元)|2023年决算",
                "*部门名称|部门名称",
                "部门名称：|部门名称",
                "分值（分）|分值",
                "一级\\n指标|一级指标",
                "实际支出率(%)(保留两位)|实际支出率",
            })
    void normalises(String typed, String expected) {
        assertEquals(expected, HeaderText.normalize(typed.replace("\\n", "\n")));
    }
}
