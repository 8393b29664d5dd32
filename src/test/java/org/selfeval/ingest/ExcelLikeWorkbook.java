package org.selfeval.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Test helper: a workbook written part by part as Excel saves one (computed caches, shared strings
 * with rich text and phonetic runs, inline strings, styles by index, merged cells, empty rows, a
 * hidden sheet), not by POI.
 */
final class ExcelLikeWorkbook {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String R =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String DECLARATION =
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n";

    private ExcelLikeWorkbook() {}

    static Path write(Path file) throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put(
                "[Content_Types].xml",
                "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                        + override("/xl/workbook.xml", "spreadsheetml.sheet.main+xml")
                        + override("/xl/worksheets/sheet1.xml", "spreadsheetml.worksheet+xml")
                        + override("/xl/worksheets/sheet2.xml", "spreadsheetml.worksheet+xml")
                        + override("/xl/worksheets/sheet3.xml", "spreadsheetml.worksheet+xml")
                        + override("/xl/theme/theme1.xml", "theme+xml")
                        + override("/xl/styles.xml", "spreadsheetml.styles+xml")
                        + override("/xl/sharedStrings.xml", "spreadsheetml.sharedStrings+xml")
                        + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
                        + override("/docProps/app.xml", "extended-properties+xml")
                        + "</Types>");
        parts.put(
                "_rels/.rels",
                relationships(
                        rel("rId3", "extended-properties", "docProps/app.xml")
                                + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
                                + rel("rId1", "officeDocument", "xl/workbook.xml")));
        parts.put(
                "docProps/app.xml",
                "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\" "
                        + "xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\"><Application>Microsoft Excel</Application>"
                        + "<DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop><AppVersion>16.0300</AppVersion></Properties>");
        parts.put(
                "docProps/core.xml",
                "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
                        + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:creator>财务科</dc:creator></cp:coreProperties>");
        parts.put(
                "xl/workbook.xml",
                "<workbook xmlns=\""
                        + MAIN
                        + "\" xmlns:r=\""
                        + R
                        + "\" "
                        + "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" mc:Ignorable=\"x15\" "
                        + "xmlns:x15=\"http://schemas.microsoft.com/office/spreadsheetml/2010/11/main\">"
                        + "<fileVersion appName=\"xl\" lastEdited=\"7\" lowestEdited=\"7\" rupBuild=\"27425\"/><workbookPr defaultThemeVersion=\"166925\"/>"
                        + "<bookViews><workbookView xWindow=\"0\" yWindow=\"0\" windowWidth=\"28800\" windowHeight=\"12300\"/></bookViews>"
                        + "<sheets><sheet name=\"基本信息\" sheetId=\"1\" r:id=\"rId1\"/><sheet name=\"说明\" sheetId=\"3\" state=\"hidden\" r:id=\"rId3\"/>"
                        + "<sheet name=\" 绩效指标 \" sheetId=\"2\" r:id=\"rId2\"/></sheets><calcPr calcId=\"191029\"/></workbook>");
        parts.put(
                "xl/_rels/workbook.xml.rels",
                relationships(
                        rel("rId3", "worksheet", "/xl/worksheets/sheet3.xml")
                                + rel("rId2", "worksheet", "worksheets/sheet2.xml")
                                + rel("rId1", "worksheet", "worksheets/sheet1.xml")
                                + rel("rId6", "sharedStrings", "sharedStrings.xml")
                                + rel("rId5", "styles", "styles.xml")
                                + rel("rId4", "theme", "theme/theme1.xml")));
        parts.put(
                "xl/theme/theme1.xml",
                "<a:theme xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" name=\"Office\"/>");
        parts.put(
                "xl/styles.xml",
                "<styleSheet xmlns=\""
                        + MAIN
                        + "\">"
                        + "<numFmts count=\"2\"><numFmt numFmtId=\"176\" formatCode=\"#,##0.00_ \"/>"
                        + "<numFmt numFmtId=\"177\" formatCode=\"yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;\"/></numFmts>"
                        + "<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"等线\"/></font></fonts>"
                        + "<fills count=\"1\"><fill><patternFill patternType=\"none\"/></fill></fills>"
                        + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
                        + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
                        + "<cellXfs count=\"7\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
                        + "<xf numFmtId=\"10\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
                        + "<xf numFmtId=\"14\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
                        + "<xf numFmtId=\"177\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
                        + "<xf numFmtId=\"176\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
                        + "<xf numFmtId=\"9\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
                        + "<xf fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/></cellXfs>"
                        + "<cellStyles count=\"1\"><cellStyle name=\"常规\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>");
        parts.put(
                "xl/sharedStrings.xml",
                "<sst xmlns=\""
                        + MAIN
                        + "\" count=\"12\" uniqueCount=\"12\">"
                        + "<si><t>项目</t></si>" // 0
                        + "<si><t>内容</t></si>" // 1
                        + "<si><t>部门名称</t></si>" // 2
                        + "<si><t>花都区</t><rPh sb=\"0\" eb=\"3\"><t>ファドゥ</t></rPh><phoneticPr fontId=\"1\"/></si>" // 3
                        + "<si><r><rPr><b/><sz val=\"11\"/></rPr><t>评价</t></r><r><t xml:space=\"preserve\">年度 </t></r></si>" // 4
                        + "<si><t>全年预算数（万元）</t></si>" // 5
                        + "<si><t xml:space=\"preserve\">  两边有空格  </t></si>" // 6
                        + "<si><t>第一行_x000D_\n第二行</t></si>" // 7
                        + "<si><t>一级指标</t></si>" // 8
                        + "<si><t>产出指标</t></si>" // 9
                        + "<si><t>指标值</t></si>" // 10
                        + "<si><t/></si>" // 11
                        + "</sst>");
        parts.put(
                "xl/worksheets/sheet1.xml",
                sheet(
                        "<dimension ref=\"A1:D14\"/>",
                        ""
                                + "<row r=\"1\" spans=\"1:2\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>"
                                + "<row r=\"2\" spans=\"1:3\"><c r=\"A2\" t=\"s\"><v>2</v></c><c r=\"B2\" t=\"s\"><v>3</v></c><c r=\"C2\" s=\"4\"/></row>"
                                + "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>4</v></c><c r=\"B3\"><v>2023</v></c></row>"
                                + "<row r=\"4\"><c r=\"A4\" t=\"s\"><v>5</v></c><c r=\"B4\" t=\"inlineStr\"><is><t>1,234.50</t></is></c></row>"
                                + "<row r=\"5\"><c r=\"A5\" t=\"inlineStr\"><is><r><t>整体支出</t></r><r><rPr><i/></rPr><t>自评金额</t></r></is></c>"
                                + "<c r=\"B5\" s=\"4\"><v>1603.8500000000022</v></c><c r=\"C5\" s=\"4\"><f>B5*2</f><v>3207.7000000000044</v></c></row>"
                                + "<row r=\"6\"><c r=\"A6\" t=\"s\"><v>6</v></c><c r=\"B6\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c>"
                                + "<c r=\"C6\" t=\"e\"><f>NA()</f><v>#N/A</v></c><c r=\"D6\" t=\"e\"><v>#REF!</v></c></row>"
                                + "<row r=\"7\"><c r=\"A7\" t=\"s\"><v>7</v></c><c r=\"B7\" s=\"1\"><v>7.5200000000000003E-2</v></c>"
                                + "<c r=\"C7\" s=\"5\"><f>B7*2</f><v>0.15040000000000001</v></c><c r=\"D7\" s=\"2\"><v>45291</v></c></row>"
                                + "<row r=\"8\"><c r=\"A8\" t=\"b\"><v>1</v></c><c r=\"B8\" t=\"b\"><f>1=2</f><v>0</v></c><c r=\"C8\" s=\"3\"><v>45000.5</v></c>"
                                + "<c r=\"D8\" t=\"str\"><f>\"合\"&amp;\"计\"</f><v>合计</v></c></row>"
                                + "<row r=\"9\" spans=\"1:4\"/>"
                                + "<row r=\"10\"><c r=\"A10\" t=\"str\"><f>IF(B3&gt;0,\"\",\"x\")</f><v></v></c><c r=\"B10\"><v>123456789012345678</v></c>"
                                + "<c r=\"C10\" s=\"6\"><v>-0.5</v></c><c r=\"D10\" t=\"s\"><v>11</v></c></row>"
                                + "<row r=\"11\"><c r=\"A11\"><f>SUM(B3,B7)</f><v>2023.0752</v></c><c r=\"B11\" t=\"inlineStr\"><is><t>内联</t></is></c></row>"
                                + "<row r=\"14\" ht=\"20\" customHeight=\"1\"/>",
                        ""));
        parts.put(
                "xl/worksheets/sheet2.xml",
                sheet(
                        "",
                        ""
                                + "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>8</v></c><c r=\"B1\" t=\"s\"><v>10</v></c></row>"
                                + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>9</v></c><c r=\"B2\" s=\"1\"><v>0.95</v></c><c r=\"C2\"><v>1</v></c></row>"
                                + "<row r=\"3\"><c r=\"A3\"/><c r=\"B3\" s=\"1\"><v>1</v></c></row>"
                                + "<row r=\"4\"><c r=\"B4\"><v>3</v></c></row>"
                                + "<row r=\"5\"><c r=\"A5\" t=\"s\"><v>9</v></c><c r=\"B5\"><v>4</v></c></row>",
                        "<mergeCells count=\"3\"><mergeCell ref=\"A2:A4\"/><mergeCell ref=\"B5:C5\"/><mergeCell ref=\"D1\"/></mergeCells>"));
        parts.put(
                "xl/worksheets/sheet3.xml",
                sheet("", "<row r=\"2\"><c r=\"B2\" t=\"s\"><v>7</v></c></row>", ""));
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        parts.forEach(
                (name, xml) ->
                        bytes.put(name, (DECLARATION + xml).getBytes(StandardCharsets.UTF_8)));
        return ReadPaths.zip(file, bytes);
    }

    private static String sheet(String before, String rows, String after) {
        return "<worksheet xmlns=\""
                + MAIN
                + "\" xmlns:r=\""
                + R
                + "\" "
                + "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" mc:Ignorable=\"x14ac\" "
                + "xmlns:x14ac=\"http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac\">"
                + before
                + "<sheetViews><sheetView workbookViewId=\"0\"/></sheetViews><sheetFormatPr defaultRowHeight=\"14.25\" x14ac:dyDescent=\"0.2\"/>"
                + "<sheetData>"
                + rows
                + "</sheetData>"
                + after
                + "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/></worksheet>";
    }

    private static String override(String part, String type) {
        return "<Override PartName=\""
                + part
                + "\" ContentType=\"application/vnd.openxmlformats-officedocument."
                + type
                + "\"/>";
    }

    private static String relationships(String body) {
        return "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + body
                + "</Relationships>";
    }

    private static String rel(String id, String type, String target) {
        return "<Relationship Id=\""
                + id
                + "\" Type=\""
                + R
                + "/"
                + type
                + "\" Target=\""
                + target
                + "\"/>";
    }
}
