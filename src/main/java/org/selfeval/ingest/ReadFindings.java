package org.selfeval.ingest;

import java.util.List;
import org.selfeval.model.FindingKind;
import org.selfeval.model.Severity;

/**
 * The kinds of finding reading a submission may report (READ-…), with their Chinese names. The
 * reader decides the severity case by case (a formula error in an amount blocks, in a rate it does
 * not); the one given here is the usual one.
 */
public final class ReadFindings {

    private static final List<FindingKind> KINDS =
            List.of(
                    error("READ-HEADER", "表头"),
                    error("READ-NUMBER", "数字格式"),
                    error("READ-KEY", "项目名称"),
                    error("READ-DUPLICATE-KEY", "重复项目"),
                    error("READ-INFO-REQUIRED", "必填项"),
                    error("READ-INFO-YEAR", "评价年度"),
                    error("READ-MISSING-SHEET", "缺少工作表"),
                    error("READ-DUPLICATE-SHEET", "重复工作表"),
                    error("READ-FORMULA-ERROR", "公式错误"),
                    error("READ-TEXT-TOO-LONG", "文字过长"),
                    error("READ-TOO-MANY-ROWS", "行数过多"),
                    error("READ-PROJECT-TOTAL", "合计行"),
                    new FindingKind("READ-PROJECT-FRAMEWORK", "项目框架", Severity.WARNING),
                    new FindingKind("READ-PROJECT-BLANK", "空白项目表", Severity.INFO),
                    new FindingKind("READ-IGNORED", "忽略的文件", Severity.INFO),
                    new FindingKind("READ-EXTERNAL-LINK", "外部链接", Severity.WARNING),
                    error("READ-CORRUPT", "文件损坏"),
                    error("READ-CSV", "CSV 文件"),
                    error("READ-EMPTY", "空文件"),
                    error("READ-ENCRYPTED", "文件加密"),
                    error("READ-FOLDER", "报送文件夹"),
                    error("READ-IO", "文件读取"),
                    error("READ-NO-FILES", "没有表格文件"),
                    error("READ-NOT-FOUND", "文件不存在"),
                    error("READ-NOT-SPREADSHEET", "不是工作簿"),
                    error("READ-OLD-FORMAT", "旧版格式"),
                    error("READ-SHEET", "工作表"),
                    error("READ-STRICT-OOXML", "严格格式"),
                    error("READ-TOO-LARGE", "文件过大"),
                    error("READ-TOO-MANY-CELLS", "单元格过多"),
                    error("READ-TOO-MANY-FILES", "文件过多"),
                    error("READ-XML-DOCTYPE", "不安全的内容"),
                    error("READ-ZIP-BOMB", "压缩比异常"));

    private ReadFindings() {}

    public static List<FindingKind> kinds() {
        return KINDS;
    }

    private static FindingKind error(String id, String name) {
        return new FindingKind(id, name, Severity.ERROR);
    }
}
