package org.selfeval.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NameKeyTest {

    @Test
    void spellingsAPersonReadsAsOneNameShareAKey() {
        String key = NameKey.of("广州市花都区市场监督管理局（知识产权局）");
        assertEquals(key, NameKey.of("广州市花都区市场监督管理局(知识产权局)"));
        assertEquals(key, NameKey.of(" 广州市花都区 市场监督管理局\u3000〔知识产权局〕 "));
        assertEquals(key, NameKey.of("广州市花都区市场监督管理局【知识产权局】"));
        assertEquals(NameKey.of("“三公”经费控制情况"), NameKey.of("\"三公\"经费控制情况"));
        assertEquals(NameKey.of("ＡＢＣ１２３局"), NameKey.of("ABC123局"));
        assertTrue(NameKey.same("“三公”经费控制情况", "＂三公＂经费 控制情况"));
        assertEquals("", NameKey.of(null));
    }

    @Test
    void differentNamesStayDifferent() {
        assertNotEquals(NameKey.of("广州市花都区教育局"), NameKey.of("广州市花都区财政局"));
        assertNotEquals(NameKey.of("花都区教育局"), NameKey.of("广州市花都区教育局"));
    }
}
