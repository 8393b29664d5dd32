package org.selfeval.ingest;

import java.math.BigDecimal;
import org.selfeval.model.CellRef;
import org.selfeval.model.Num;
import org.selfeval.model.Severity;
import org.selfeval.model.Text;

/**
 * Turns the raw cells of one sheet into model values with their source, recording a finding for anything
 * that cannot be read. An unreadable amount is an 错误 (the figures are audited and a guess would be wrong);
 * a formula error in a rate column is a 警告 (#DIV/0! is what Excel shows when 上年 is 0).
 */
final class CellReader {

    /** What a number column holds. */
    enum Kind {
        /** An amount in 万元, a count, a score: "7.52%" is refused. */
        AMOUNT,
        /** A rate in percent: 7.52, "7.52%" and a percent-formatted 0.0752 all mean 7.52. */
        RATE
    }

    private final SheetGrid grid;
    private final FindingSink sink;

    CellReader(SheetGrid grid, FindingSink sink) {
        this.grid = grid;
        this.sink = sink;
    }

    SheetGrid grid() {
        return grid;
    }

    CellRef ref(RawCell cell) {
        return new CellRef(grid.file(), grid.sheet(), cell.address());
    }

    RawCell raw(int row, Integer column) {
        if (column == null) return RawCell.blank(SheetGrid.address(row, 0));
        return grid.cell(row, column);
    }

    /** The cell as text, line breaks kept; a formula error becomes a 警告 and a blank text. */
    Text text(int row, Integer column, String item) {
        RawCell cell = raw(row, column);
        CellRef source = column == null ? null : ref(cell);
        if (column == null) return Text.blank(source);
        if (cell.error() != null) {
            sink.warning("READ-FORMULA-ERROR", source, item, "文字", cell.error(),
                    source.sheetCell() + "（" + item + "）的公式出错（" + cell.error() + "），按空白处理。请检查公式或直接填写内容。");
            return Text.blank(source);
        }
        return new Text(bounded(cell, item).replace("\r\n", "\n").replace('\r', '\n'), source);
    }

    Num number(int row, Integer column, Kind kind, String item) {
        RawCell cell = raw(row, column);
        if (column == null) return Num.blank(null);
        CellRef source = ref(cell);
        if (cell.error() != null) {
            Severity severity = kind == Kind.RATE ? Severity.WARNING : Severity.ERROR;
            sink.add(severity, "READ-FORMULA-ERROR", source, item, "数字", cell.error(),
                    source.sheetCell() + "（" + item + "）的公式出错（" + cell.error() + "）"
                            + (kind == Kind.RATE ? "，按空白（无法计算）处理。" : "。") + "请检查公式引用的单元格，或直接填写数值。");
            return Num.blank(source);
        }
        if (cell.number() != null) {
            BigDecimal v = cell.number();
            if (kind == Kind.RATE && cell.percentFormat()) v = v.movePointRight(2);
            return new Num(v, source);
        }
        String typed = bounded(cell, item);
        ParsedNumber parsed = NumberText.parse(typed);
        if (parsed.isBlank()) return Num.blank(source);
        if (parsed.isNumber() && (!parsed.percent() || kind == Kind.RATE)) return new Num(parsed.value(), source);
        String example = kind == Kind.RATE ? "百分比数值，如 7.52 或 7.52%" : "数字，如 1234.56";
        String why = parsed.isNumber() ? "此处应填金额或数量，不带 %" : "不是可识别的数字";
        sink.error("READ-NUMBER", source, item, example, typed.strip(),
                source.sheetCell() + "（" + item + "）填写的“" + shorten(typed.strip()) + "”" + why + "。请填写" + example
                        + "（可带千分位逗号；无数据时留空或填“—”）。");
        return Num.blank(source);
    }

    private String bounded(RawCell cell, String item) {
        String text = cell.text();
        if (text.length() <= ReadLimits.MAX_CELL_CHARS) return text;
        CellRef source = ref(cell);
        sink.error("READ-TEXT-TOO-LONG", source, item, "不超过 " + ReadLimits.MAX_CELL_CHARS + " 字", text.length() + " 字",
                source.sheetCell() + "（" + item + "）的内容有 " + text.length() + " 字，超过上限 " + ReadLimits.MAX_CELL_CHARS
                        + " 字，只读取了前 " + ReadLimits.MAX_CELL_CHARS + " 字。请精简内容。");
        return text.substring(0, ReadLimits.MAX_CELL_CHARS);
    }

    private static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
