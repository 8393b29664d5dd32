package org.selfeval.ingest;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.selfeval.ingest.grid.SheetGrid;
import org.selfeval.model.BasicInfo;
import org.selfeval.model.CellRef;
import org.selfeval.model.Num;
import org.selfeval.model.Text;
import org.selfeval.model.WorkbookContract;

/**
 * 基本信息 (项目 · 内容) → {@link BasicInfo}; 部门名称 and 评价年度 are required, the year is normalised to "2023".
 */
final class InfoSheetReader {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})(\\.0+)?\\s*(年度?)?");

    private final FindingSink sink;

    InfoSheetReader(FindingSink sink) {
        this.sink = sink;
    }

    Optional<BasicInfo> read(SheetGrid grid) {
        CellReader cells = new CellReader(grid, sink);
        Optional<List<KeyValueRows.Entry>> entries =
                KeyValueRows.read(
                        cells, WorkbookContract.INFO_VALUE, WorkbookContract.INFO_KEYS, sink);
        if (entries.isEmpty()) return Optional.empty();
        Map<String, Text> texts = new LinkedHashMap<>();
        Map<String, Num> numbers = new LinkedHashMap<>();
        for (KeyValueRows.Entry e : entries.get()) {
            texts.put(e.key(), cells.text(e.row(), e.valueColumn(), e.key()));
            if (WorkbookContract.INFO_NUMBER_KEYS.contains(e.key())) {
                numbers.put(
                        e.key(),
                        cells.number(e.row(), e.valueColumn(), CellReader.Kind.AMOUNT, e.key()));
            }
        }
        normaliseYear(texts);
        CellRef sheetRef = new CellRef(grid.file(), grid.sheet(), null);
        for (String key : List.of(BasicInfo.DEPARTMENT, BasicInfo.YEAR)) {
            Text t = texts.get(key);
            if (t == null || t.isBlank()) {
                sink.error(
                        "READ-INFO-REQUIRED",
                        t == null ? sheetRef : t.source(),
                        key,
                        "必填",
                        "",
                        "工作表“"
                                + grid.sheet()
                                + "”缺少“"
                                + key
                                + "”"
                                + (t == null ? "一行" : "的内容（" + t.source().sheetCell() + "）")
                                + "。请在“项目”列写“"
                                + key
                                + "”，在“内容”列填写"
                                + (key.equals(BasicInfo.YEAR) ? "年度，如 2023。" : "部门全称。"));
            }
        }
        return Optional.of(new BasicInfo(texts, numbers));
    }

    private void normaliseYear(Map<String, Text> texts) {
        Text year = texts.get(BasicInfo.YEAR);
        if (year == null || year.isBlank()) return;
        String typed = Normalizer.normalize(year.value(), Normalizer.Form.NFKC).strip();
        Matcher m = YEAR.matcher(typed);
        if (m.matches()) {
            texts.put(BasicInfo.YEAR, new Text(m.group(1), year.source()));
            return;
        }
        sink.error(
                "READ-INFO-YEAR",
                year.source(),
                BasicInfo.YEAR,
                "四位年份，如 2023",
                year.value(),
                year.source().sheetCell() + "（评价年度）填写的“" + year.value() + "”不是年份。请填写四位年份，如 2023。");
    }
}
