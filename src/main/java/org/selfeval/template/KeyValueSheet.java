package org.selfeval.template;

import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.selfeval.framework.Framework;
import org.selfeval.model.WorkbookContract;

/** A 项目 · value sheet (基本信息, 管理指标数据): one key a row, its value to the right, a hint beside it. */
final class KeyValueSheet {

    /** One pre-filled key with its hint and how its value cell is formatted. */
    record Key(String name, String hint, Kind kind, String prefill) {
        Key(String name, String hint, Kind kind) {
            this(name, hint, kind, null);
        }
    }

    enum Kind {
        TEXT,
        AMOUNT,
        COUNT
    }

    static final String HINT_HEADER = "填写提示";

    private KeyValueSheet() {}

    static XSSFSheet write(
            XSSFWorkbook wb,
            String sheetName,
            String title,
            String valueHeader,
            List<Key> keys,
            TemplateStyles styles) {
        XSSFSheet sheet = wb.createSheet(sheetName);
        SheetScaffold.titleAndHeader(
                sheet, title, List.of(WorkbookContract.KEY, valueHeader, HINT_HEADER), styles);
        int row = TemplateLayout.FIRST_DATA_ROW;
        for (Key key : keys) {
            Cell k = SheetScaffold.cell(sheet, row, 0);
            k.setCellValue(key.name());
            k.setCellStyle(styles.keyLabel());
            Cell v = SheetScaffold.cell(sheet, row, 1);
            v.setCellStyle(
                    switch (key.kind()) {
                        case TEXT -> styles.text();
                        case AMOUNT -> styles.amount();
                        case COUNT -> styles.count();
                    });
            if (key.prefill() != null) v.setCellValue(key.prefill());
            Cell h = SheetScaffold.cell(sheet, row, 2);
            h.setCellValue(key.hint());
            h.setCellStyle(styles.hint());
            row++;
        }
        SheetScaffold.protect(sheet, true);
        return sheet;
    }

    /** 基本信息 keys in contract order, with hints. */
    static List<Key> infoKeys(Framework framework) {
        Set<String> amounts = Set.of("二级项目资金", "整体支出自评金额", "全年预算数");
        return WorkbookContract.INFO_KEYS.stream()
                .map(
                        name -> {
                            Kind kind =
                                    amounts.contains(name)
                                            ? Kind.AMOUNT
                                            : "二级项目个数".equals(name) ? Kind.COUNT : Kind.TEXT;
                            String prefill =
                                    switch (name) {
                                        case "金额单位" -> "万元";
                                        case WorkbookContract.INFO_FRAMEWORK -> framework.name();
                                        default -> null;
                                    };
                            return new Key(name, hint(name, framework), kind, prefill);
                        })
                .toList();
    }

    /**
     * A framework whose budget line is 项目资金 computes the rate there: 全年预算数 here must agree with it.
     */
    private static String hint(String key, Framework framework) {
        if (framework.fundsTable() && "全年预算数".equals(key)) {
            return "全年预算数（万元），与“项目资金”表年度资金总额的全年预算数一致；" + framework.budgetRateName() + "按“项目资金”表计算。";
        }
        if ("全年预算数".equals(key)) {
            return "全年预算数（万元），用于计算"
                    + framework.budgetRateName()
                    + " = "
                    + budgetRateFormula(framework)
                    + "。";
        }
        return InfoHints.of(key);
    }

    /** How the framework's budget rate is computed, in the template's words. */
    static String budgetRateFormula(Framework framework) {
        return framework.fundsTable() ? "“项目资金”表年度资金总额的全年执行数 ÷ 全年预算数" : "支出决算合计 ÷ 全年预算数";
    }

    /** 管理指标数据 keys: the items the framework's formula methods read, with their hints. */
    static List<Key> managementKeys(Framework framework) {
        return framework.managementItems().stream()
                .map(
                        i ->
                                new Key(
                                        i.item(),
                                        i.hint(),
                                        "万元".equals(i.unit()) ? Kind.AMOUNT : Kind.COUNT))
                .toList();
    }
}
