package org.selfeval.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.selfeval.pipeline.Outcome;

/** The 校验报告 reads in the order a clerk fixes things, names frameworks by title and counts once. */
class AuditReportOrderTest {

    /** 青山县 as published: 农村户厕改造数量 rescored (K7) makes the 产出指标 小计 (K16) and the 合计 (K30) change. */
    @Test
    void theRescoredIndicatorComesBeforeTheSubtotalsItChanges() throws Exception {
        Outcome o =
                RealExamples.convert(
                        RealExamples.DIR.resolve("qingshan-agri-2023-as-published.xlsx"),
                        DocxRendererTest.RENDERER);
        Docx audit = new Docx(o.auditReport());
        List<List<String>> rows = Docx.cellLines(audit.tables().get(0));
        List<String> places = rows.stream().skip(1).map(r -> r.get(2).split("\n")[0]).toList();
        int cause = places.indexOf("绩效指标!K7");
        assertTrue(cause >= 0, places.toString());
        assertTrue(
                cause < places.indexOf("绩效指标!K16")
                        && places.indexOf("绩效指标!K16") < places.indexOf("绩效指标!K30"),
                "cause first, then the consequences in cell order: " + places);
        String text = audit.allText();
        assertTrue(
                text.contains("评分依据的指标体系：财预〔2020〕10号")
                        || text.contains(
                                "评分依据的指标体系：" + o.evaluation().scores().framework().title()),
                text);
        assertFalse(text.contains("caiyu-2020"), "the framework by its title, not its id: " + text);
    }

    /** 花都区 as published: the findings in sheet order (基本信息 before 绩效指标), row by row; "0 至 2 分". */
    @Test
    void findingsFollowTheWorkbooksSheetAndCellOrder() throws Exception {
        Outcome o = RealExamples.convert(RealExamples.AS_PUBLISHED, DocxRendererTest.RENDERER);
        Docx audit = new Docx(o.auditReport());
        List<List<String>> rows = Docx.cellLines(audit.tables().get(0)).stream().skip(1).toList();
        List<String> sheets = List.of("基本信息", "收入决算", "支出决算", "绩效指标", "重点项目", "管理指标数据", "项目资金");
        int lastSheet = -1;
        int lastRow = -1;
        for (List<String> r : rows) {
            String place = r.get(2).split("\n")[0];
            if (!place.contains("!")) continue;
            int sheet = sheets.indexOf(place.substring(0, place.indexOf('!')));
            int row = Integer.parseInt(place.replaceAll("^.*![A-Z]+", ""));
            assertTrue(
                    sheet > lastSheet || sheet == lastSheet && row >= lastRow,
                    "out of order at " + place + ": " + rows);
            lastSheet = sheet;
            lastRow = row;
        }
        String text = audit.allText();
        assertTrue(text.contains("超出分值范围0至2分"), text); // set tight, as all Chinese with figures
        assertFalse(text.contains("~"), text);
    }
}
