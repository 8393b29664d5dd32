package org.selfeval.ingest;

import java.math.BigDecimal;
import org.selfeval.ingest.grid.RawCell;
import org.selfeval.ingest.grid.ReadLimits;
import org.selfeval.ingest.grid.SheetGrid;
import org.selfeval.model.CellRef;
import org.selfeval.model.Num;
import org.selfeval.model.Severity;
import org.selfeval.model.Text;

/**
 * Turns the raw cells of one sheet into model values with their source, recording a finding for
 * anything that cannot be read. An unreadable amount is an 错误 (the figures are audited and a guess
 * would be wrong); a formula error in a rate column is a 警告 (#DIV/0! is what Excel shows when 上年 is
 * 0), in a column the template computes itself a 提示 (the figure is recomputed from the amounts).
 */
final class CellReader {

    /** What a number column holds. */
    enum Kind {
        /** An amount in 万元, a count, a score: "7.52%" is refused. */
        AMOUNT(false, false),
        /** A rate in percent: 7.52, "7.52%" and a percent-formatted 0.0752 all mean 7.52. */
        RATE(true, false),
        /** A 差异 the template computes (yellow): checked against the amounts when typed. */
        DERIVED_AMOUNT(false, true),
        /** A 差异率 or 实际支出率 the template computes (yellow). */
        DERIVED_RATE(true, true);

        private final boolean rate;
        private final boolean derived;

        Kind(boolean rate, boolean derived) {
            this.rate = rate;
            this.derived = derived;
        }
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

    /**
     * The source of a value whose column the sheet lacks (already reported by the header check):
     * the sheet.
     */
    private CellRef missingColumn() {
        return new CellRef(grid.file(), grid.sheet(), null);
    }

    /** The cell's reference when it holds a formula, else null. */
    CellRef formula(int row, Integer column) {
        if (column == null || !grid.formula(row, column)) return null;
        return new CellRef(grid.file(), grid.sheet(), SheetGrid.address(row, column));
    }

    RawCell raw(int row, Integer column) {
        if (column == null) return RawCell.blank(SheetGrid.address(row, 0));
        return grid.cell(row, column);
    }

    /** The cell as text, line breaks kept; a formula error becomes a 警告 and a blank text. */
    Text text(int row, Integer column, String item) {
        if (column == null) return Text.blank(missingColumn());
        RawCell cell = raw(row, column);
        CellRef source = ref(cell);
        if (cell.error() != null) {
            sink.warning(
                    "READ-FORMULA-ERROR",
                    source,
                    item,
                    "文字",
                    cell.error(),
                    source.sheetCell()
                            + "（"
                            + item
                            + "）的公式出错（"
                            + cell.error()
                            + "），按空白处理。请检查公式或直接填写内容。");
            return Text.blank(source);
        }
        return new Text(bounded(cell, item).replace("\r\n", "\n").replace('\r', '\n'), source);
    }

    Num number(int row, Integer column, Kind kind, String item) {
        if (column == null) return Num.blank(missingColumn());
        RawCell cell = raw(row, column);
        CellRef source = ref(cell);
        if (cell.error() != null) {
            if (kind.derived) {
                // The template's own formula failed, most often because an amount beside it is
                // typed as text ("1,250.00"): the amounts are read as typed and the figure
                // recomputed, so nothing is the clerk's to fix.
                sink.info(
                        "READ-FORMULA-ERROR",
                        source,
                        item,
                        source.sheetCell()
                                + "（"
                                + item
                                + "）的自动计算公式出错（"
                                + cell.error()
                                + "），多因引用的金额填成了文字；程序已按所填金额重新计算，此处无需修改。");
                return Num.blank(source);
            }
            Severity severity = kind.rate ? Severity.WARNING : Severity.ERROR;
            sink.add(
                    severity,
                    "READ-FORMULA-ERROR",
                    source,
                    item,
                    "数字",
                    cell.error(),
                    source.sheetCell()
                            + "（"
                            + item
                            + "）的公式出错（"
                            + cell.error()
                            + "）"
                            + (kind.rate ? "，按空白（无法计算）处理。" : "。")
                            + "请检查公式引用的单元格，或直接填写数值。");
            return Num.blank(source);
        }
        if (cell.number() != null) {
            BigDecimal v = cell.number();
            if (kind.rate && cell.percentFormat()) v = v.movePointRight(2);
            return new Num(v, source);
        }
        String typed = bounded(cell, item);
        ParsedNumber parsed = NumberText.parse(typed);
        if (parsed.isBlank()) return Num.blank(source);
        if (parsed.isNumber() && (!parsed.percent() || kind.rate))
            return new Num(parsed.value(), source);
        if (!kind.rate) {
            Num inYuan = inYuan(typed, source, item);
            if (inYuan != null) return inYuan;
        }
        String example = kind.rate ? "百分比数值，如 7.52 或 7.52%" : "数字，如 1234.56";
        String why = parsed.isNumber() ? "此处应填金额或数量，不带 %" : "不是可识别的数字";
        sink.error(
                "READ-NUMBER",
                source,
                item,
                example,
                typed.strip(),
                source.sheetCell()
                        + "（"
                        + item
                        + "）填写的“"
                        + shorten(typed.strip())
                        + "”"
                        + why
                        + "。请填写"
                        + example
                        + "（可带千分位逗号；无数据时留空或填“—”）。");
        return Num.blank(source);
    }

    /**
     * An amount typed in 元 ("12,500,000元") where the sheet is in 万元: an 错误 with the figure in 万元 as
     * the advice, and that figure read, so that the checks resting on it advise what will hold once
     * it is fixed. Null when the text is not such an amount.
     */
    private Num inYuan(String typed, CellRef source, String item) {
        String t = java.text.Normalizer.normalize(typed, java.text.Normalizer.Form.NFKC).strip();
        if (!t.endsWith("元") || t.endsWith("万元")) return null;
        ParsedNumber yuan = NumberText.parse(t.substring(0, t.length() - 1));
        if (!yuan.isNumber() || yuan.percent()) return null;
        BigDecimal inWan = yuan.value().movePointLeft(4);
        String wan = org.selfeval.model.Formats.amount(inWan);
        sink.error(
                "READ-NUMBER",
                source,
                item,
                wan,
                typed.strip(),
                source.sheetCell()
                        + "（"
                        + item
                        + "）填写的“"
                        + shorten(typed.strip())
                        + "”以元为单位，本表金额单位为万元：请改为 "
                        + wan
                        + "。");
        return new Num(inWan, source);
    }

    private String bounded(RawCell cell, String item) {
        String text = cell.text();
        if (text.length() <= ReadLimits.MAX_CELL_CHARS) return text;
        CellRef source = ref(cell);
        sink.error(
                "READ-TEXT-TOO-LONG",
                source,
                item,
                "不超过 " + ReadLimits.MAX_CELL_CHARS + " 字",
                text.length() + " 字",
                source.sheetCell()
                        + "（"
                        + item
                        + "）的内容有 "
                        + text.length()
                        + " 字，超过上限 "
                        + ReadLimits.MAX_CELL_CHARS
                        + " 字，只读取了前 "
                        + ReadLimits.MAX_CELL_CHARS
                        + " 字。请精简内容。");
        return text.substring(0, ReadLimits.MAX_CELL_CHARS);
    }

    private static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
