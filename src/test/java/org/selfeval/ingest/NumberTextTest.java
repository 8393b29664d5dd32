package org.selfeval.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberTextTest {

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "22918.41|22918.41",
                "22,918.41|22918.41",
                "1,234,567|1234567",
                "  22918.41  |22918.41",
                "-69.16|-69.16",
                "\u221269.16|-69.16",
                "+5|5",
                "(69.16)|-69.16",
                "０|0",
                "１２３．４５|123.45",
                "２２，９１８．４１|22918.41",
                "－６９．１６|-69.16",
                ".5|.5",
                "0.00|0.00",
                "22918.41万元|22918.41",
                "27个|27",
                "'-5|-5",
                "1 234.5|1234.5",
            })
    void readsNumbersAsTyped(String typed, String expected) {
        ParsedNumber p = NumberText.parse(typed);
        assertTrue(p.isNumber(), typed);
        assertEquals(0, new BigDecimal(expected).compareTo(p.value()), typed);
        assertEquals(
                new BigDecimal(expected).scale(), p.value().scale(), "keeps the typed decimals");
        assertFalse(p.percent());
    }

    @ParameterizedTest
    @ValueSource(strings = {"7.52%", "7.52％", "７．５２％", " 7.52 % "})
    void percentSignKeepsThePercentValue(String typed) {
        ParsedNumber p = NumberText.parse(typed);
        assertTrue(p.isNumber());
        assertTrue(p.percent());
        assertEquals(new BigDecimal("7.52"), p.value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "—", "——", "-", "--", "/", "无", "　", "－", "–"})
    void dashesAndEmptyMeanBlank(String typed) {
        assertTrue(NumberText.parse(typed).isBlank(), "[" + typed + "]");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "abc",
                "12.3.4",
                "1,23",
                "12,3456.7",
                "约100",
                "100元整",
                "1e5",
                "--5",
                "(-5)",
                "7.52%%",
                "2023年",
                "12-3",
                "#DIV/0!"
            })
    void restIsInvalid(String typed) {
        assertTrue(NumberText.parse(typed).isInvalid(), typed);
    }

    @org.junit.jupiter.api.Test
    void nullIsBlank() {
        assertTrue(NumberText.parse(null).isBlank());
    }
}
