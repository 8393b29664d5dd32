package org.selfeval.report;

import java.math.BigInteger;
import java.util.List;
import org.docx4j.wml.BooleanDefaultTrue;
import org.docx4j.wml.CTBorder;
import org.docx4j.wml.Color;
import org.docx4j.wml.CTShd;
import org.docx4j.wml.CTTblLayoutType;
import org.docx4j.wml.CTVerticalJc;
import org.docx4j.wml.Jc;
import org.docx4j.wml.JcEnumeration;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.P;
import org.docx4j.wml.R;
import org.docx4j.wml.STBorder;
import org.docx4j.wml.STTblLayoutType;
import org.docx4j.wml.STVerticalJc;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.TblBorders;
import org.docx4j.wml.TblGrid;
import org.docx4j.wml.TblGridCol;
import org.docx4j.wml.TblPr;
import org.docx4j.wml.TblWidth;
import org.docx4j.wml.Tc;
import org.docx4j.wml.TcPr;
import org.docx4j.wml.TcPrInner;
import org.docx4j.wml.Tr;
import org.docx4j.wml.TrPr;

/**
 * Builds tables with explicit full borders (docx4j's TblFactory refers to a TableGrid style that does not exist),
 * fixed column widths, a bold header row repeated on every page, and rows that never split across pages.
 */
final class Tables {

    private static final ObjectFactory WML = new ObjectFactory();

    private static final int FEW_ROWS = 6;
    private static final int SMALL_ROWS = 15;
    private static final int SHORT_CELL = 40;

    private final WordDocument doc;

    Tables(WordDocument doc) {
        this.doc = doc;
    }

    Tbl build(TableSpec spec) {
        Tbl tbl = WML.createTbl();
        tbl.setTblPr(tableProperties());
        TblGrid grid = WML.createTblGrid();
        for (Column c : spec.columns()) {
            TblGridCol col = WML.createTblGridCol();
            col.setW(BigInteger.valueOf(c.width()));
            grid.getGridCol().add(col);
        }
        tbl.setTblGrid(grid);
        boolean keepTogether = small(spec);
        tbl.getContent().add(row(spec, -1, spec.columns().stream().map(Column::header).toList(),
                keepTogether && !spec.rows().isEmpty()));
        for (int i = 0; i < spec.rows().size(); i++) {
            tbl.getContent().add(row(spec, i, spec.rows().get(i), keepTogether && i < spec.rows().size() - 1));
        }
        return tbl;
    }

    /**
     * A table of six rows or fewer, or of a few short rows (the key-project table), is kept on one page: split, it
     * leaves a row or two alone under a repeated header. Longer tables with long explanations may split between rows.
     */
    static boolean small(TableSpec spec) {
        int rows = spec.rows().size();
        return rows <= FEW_ROWS || rows <= SMALL_ROWS
                && spec.rows().stream().flatMap(List::stream).allMatch(c -> c == null || c.length() <= SHORT_CELL);
    }

    /** How a cell of a merged column continues the cell above: null (not merged), "restart" or "continue". */
    private static String merge(TableSpec spec, int row, int column) {
        if (row < 0 || column >= spec.mergedColumns()) return null;
        List<List<String>> rows = spec.rows();
        boolean sameAsAbove = row > 0;
        for (int c = 0; c <= column && sameAsAbove; c++) {
            String cell = rows.get(row).get(c);
            sameAsAbove = !cell.isEmpty() && cell.equals(rows.get(row - 1).get(c));
        }
        if (sameAsAbove) return "continue";
        boolean sameBelow = row + 1 < rows.size();
        for (int c = 0; c <= column && sameBelow; c++) {
            String cell = rows.get(row).get(c);
            sameBelow = !cell.isEmpty() && cell.equals(rows.get(row + 1).get(c));
        }
        return sameBelow ? "restart" : null;
    }

    private Tr row(TableSpec spec, int index, List<String> cells, boolean keepWithNext) {
        List<Column> columns = spec.columns();
        boolean header = index < 0;
        Tr tr = WML.createTr();
        TrPr trPr = WML.createTrPr();
        trPr.getCnfStyleOrDivIdOrGridBefore().add(WML.createCTTrPrBaseCantSplit(new BooleanDefaultTrue()));
        if (header) trPr.getCnfStyleOrDivIdOrGridBefore().add(WML.createCTTrPrBaseTblHeader(new BooleanDefaultTrue()));
        tr.setTrPr(trPr);
        for (int i = 0; i < columns.size(); i++) {
            Column col = columns.get(i);
            String merged = merge(spec, index, i);
            Tc tc = cell(col, "continue".equals(merged) ? "" : cells.get(i), header, keepWithNext);
            if (merged != null) {
                TcPrInner.VMerge v = WML.createTcPrInnerVMerge();
                if (merged.equals("restart")) v.setVal("restart");
                tc.getTcPr().setVMerge(v);
            }
            for (TableSpec.Mark m : spec.marks()) if (m.covers(index, i)) mark(tc, m);
            tr.getContent().add(tc);
        }
        return tr;
    }

    private static void mark(Tc tc, TableSpec.Mark m) {
        if (m.fill() != null) tc.getTcPr().setShd(fill(m.fill()));
        for (Object o : tc.getContent()) {
            if (!(o instanceof P p)) continue;
            for (Object r : p.getContent()) {
                if (!(r instanceof R run)) continue;
                if (m.bold()) run.getRPr().setB(new BooleanDefaultTrue());
                if (m.colour() != null) {
                    Color c = WML.createColor();
                    c.setVal(m.colour());
                    run.getRPr().setColor(c);
                }
            }
        }
    }

    private static CTShd fill(String colour) {
        CTShd shd = WML.createCTShd();
        shd.setFill(colour);
        shd.setColor("auto");
        shd.setVal(org.docx4j.wml.STShd.CLEAR);
        return shd;
    }

    private Tc cell(Column col, String text, boolean header, boolean keepWithNext) {
        Tc tc = WML.createTc();
        TcPr tcPr = WML.createTcPr();
        tcPr.setTcW(width(col.width()));
        CTVerticalJc v = WML.createCTVerticalJc();
        v.setVal(STVerticalJc.CENTER);
        tcPr.setVAlign(v);
        if (header) tcPr.setShd(fill("F2F2F2"));
        tc.setTcPr(tcPr);
        P p = WML.createP();
        p.setPPr(doc.paragraphProperties(StyleId.TABLE));
        Jc jc = WML.createJc();
        jc.setVal(header || col.align() == Column.Align.CENTRE ? JcEnumeration.CENTER
                : col.align() == Column.Align.RIGHT ? JcEnumeration.RIGHT : JcEnumeration.LEFT);
        p.getPPr().setJc(jc);
        if (keepWithNext) p.getPPr().setKeepNext(new BooleanDefaultTrue());
        if (text != null && !text.isEmpty()) {
            R r = doc.run(StyleId.TABLE, text);
            if (header) r.getRPr().setB(new BooleanDefaultTrue());
            p.getContent().add(r);
        }
        tc.getContent().add(p);
        return tc;
    }

    private static TblPr tableProperties() {
        TblPr pr = WML.createTblPr();
        pr.setTblW(width(TableSpec.TEXT_WIDTH));
        Jc jc = WML.createJc();
        jc.setVal(JcEnumeration.CENTER);
        pr.setJc(jc);
        CTTblLayoutType layout = WML.createCTTblLayoutType();
        layout.setType(STTblLayoutType.FIXED);
        pr.setTblLayout(layout);
        TblBorders b = WML.createTblBorders();
        b.setTop(border());
        b.setBottom(border());
        b.setLeft(border());
        b.setRight(border());
        b.setInsideH(border());
        b.setInsideV(border());
        pr.setTblBorders(b);
        // Narrow cell margins (1 mm) so "2023年决算" fits on one header line.
        org.docx4j.wml.CTTblCellMar mar = WML.createCTTblCellMar();
        mar.setLeft(width(57));
        mar.setRight(width(57));
        pr.setTblCellMar(mar);
        return pr;
    }

    private static CTBorder border() {
        CTBorder b = WML.createCTBorder();
        b.setVal(STBorder.SINGLE);
        b.setSz(BigInteger.valueOf(4));
        b.setSpace(BigInteger.ZERO);
        b.setColor("000000");
        return b;
    }

    private static TblWidth width(int twips) {
        TblWidth w = WML.createTblWidth();
        w.setType("dxa");
        w.setW(BigInteger.valueOf(twips));
        return w;
    }
}
