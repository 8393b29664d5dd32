package org.selfeval.report;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.docx4j.TraversalUtil;
import org.docx4j.XmlUtils;
import org.docx4j.finders.ClassFinder;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.wml.Br;
import org.docx4j.wml.P;
import org.docx4j.wml.R;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.Tc;
import org.docx4j.wml.Text;
import org.docx4j.wml.Tr;

/**
 * A produced .docx reopened with docx4j, with the queries the tests need (also used by the
 * end-to-end tests).
 */
public final class Docx {

    public final WordprocessingMLPackage pkg;

    public Docx(byte[] bytes) throws Exception {
        pkg = WordprocessingMLPackage.load(new ByteArrayInputStream(bytes));
    }

    public List<Object> body() {
        return pkg.getMainDocumentPart().getContent().stream().map(XmlUtils::unwrap).toList();
    }

    /** Body paragraphs (outside tables). */
    public List<P> paragraphs() {
        return body().stream().filter(P.class::isInstance).map(P.class::cast).toList();
    }

    public static String style(P p) {
        return p.getPPr() == null || p.getPPr().getPStyle() == null
                ? ""
                : p.getPPr().getPStyle().getVal();
    }

    public static String text(Object o) {
        ClassFinder f = new ClassFinder(Text.class);
        new TraversalUtil(o, f);
        return f.results.stream().map(t -> ((Text) t).getValue()).collect(Collectors.joining());
    }

    public List<String> texts(String... styles) {
        List<String> wanted = List.of(styles);
        return paragraphs().stream()
                .filter(p -> wanted.contains(style(p)))
                .map(Docx::text)
                .toList();
    }

    public String allText() {
        return body().stream().map(Docx::text).collect(Collectors.joining("\n"));
    }

    public List<Tbl> tables() {
        return body().stream().filter(Tbl.class::isInstance).map(Tbl.class::cast).toList();
    }

    public static List<List<String>> cells(Tbl tbl) {
        List<List<String>> rows = new ArrayList<>();
        for (Object o : tbl.getContent()) {
            Object u = XmlUtils.unwrap(o);
            if (!(u instanceof Tr tr)) continue;
            List<String> row = new ArrayList<>();
            for (Object c : tr.getContent()) {
                Object uc = XmlUtils.unwrap(c);
                if (uc instanceof Tc tc) row.add(text(tc));
            }
            rows.add(row);
        }
        return rows;
    }

    /** As {@link #cells}, each cell's lines (paragraphs and line breaks) joined by "\n". */
    public static List<List<String>> cellLines(Tbl tbl) {
        List<List<String>> rows = new ArrayList<>();
        for (Tr tr : rows(tbl)) {
            List<String> row = new ArrayList<>();
            for (Object c : tr.getContent()) {
                if (XmlUtils.unwrap(c) instanceof Tc tc) row.add(lines(tc));
            }
            rows.add(row);
        }
        return rows;
    }

    /** The text of {@code o} with a "\n" between paragraphs and for each line break. */
    public static String lines(Object o) {
        ClassFinder paragraphs = new ClassFinder(P.class);
        new TraversalUtil(o, paragraphs);
        List<String> lines = new ArrayList<>();
        for (Object p : paragraphs.results) {
            StringBuilder line = new StringBuilder();
            ClassFinder runs = new ClassFinder(R.class);
            new TraversalUtil(p, runs);
            for (Object r : runs.results) {
                for (Object item : ((R) r).getContent()) {
                    Object u = XmlUtils.unwrap(item);
                    if (u instanceof Text t) line.append(t.getValue());
                    else if (u instanceof Br) line.append('\n');
                }
            }
            lines.add(line.toString());
        }
        return String.join("\n", lines);
    }

    public static List<Tr> rows(Tbl tbl) {
        return tbl.getContent().stream()
                .map(XmlUtils::unwrap)
                .filter(Tr.class::isInstance)
                .map(Tr.class::cast)
                .toList();
    }

    /** Every run in the main document and its footers. */
    public List<R> runs() {
        ClassFinder f = new ClassFinder(R.class);
        new TraversalUtil(pkg.getMainDocumentPart().getContent(), f);
        List<R> runs = new ArrayList<>(f.results.stream().map(R.class::cast).toList());
        pkg.getDocumentModel()
                .getSections()
                .forEach(
                        s -> {
                            if (s.getHeaderFooterPolicy() != null
                                    && s.getHeaderFooterPolicy().getDefaultFooter() != null) {
                                ClassFinder ff = new ClassFinder(R.class);
                                new TraversalUtil(
                                        s.getHeaderFooterPolicy().getDefaultFooter().getContent(),
                                        ff);
                                ff.results.forEach(r -> runs.add((R) r));
                            }
                        });
        return runs;
    }
}
