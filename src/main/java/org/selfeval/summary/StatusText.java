package org.selfeval.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The roster's state in a few console lines, for the bureau to check before the deadline without
 * Excel.
 */
public final class StatusText {

    private StatusText() {}

    public static List<String> lines(StatusBoard board) {
        List<String> lines = new ArrayList<>();
        String year = board.year().isBlank() ? "尚无报送" : board.year() + " 年度";
        if (board.rows().isEmpty()) {
            lines.add(year + "：没有任何部门（未使用部门名单，也还没有处理过报送）。");
            return lines;
        }
        String scope =
                board.rosterUsed()
                        ? "名单 " + (board.rows().size() - board.notOnRoster().size()) + " 个部门"
                        : "已报送 " + board.rows().size() + " 个部门（未使用部门名单，无法列出未报送的部门）";
        // the head line counts the roster's departments; those not on it are listed on their own
        // line
        Predicate<DepartmentRow> counted = r -> !board.rosterUsed() || r.onRoster();
        lines.add(
                year
                        + "："
                        + scope
                        + "，已生成 "
                        + count(board, counted, DepartmentStatus.CONVERTED)
                        + "，存在错误 "
                        + count(board, counted, DepartmentStatus.BLOCKED)
                        + "，无法读取 "
                        + count(board, counted, DepartmentStatus.UNREADABLE)
                        + (board.count(DepartmentStatus.REFUSED) > 0
                                ? "，格式不支持 " + count(board, counted, DepartmentStatus.REFUSED)
                                : "")
                        + (board.rosterUsed()
                                ? "，未报送 " + count(board, counted, DepartmentStatus.MISSING)
                                : "")
                        + "。");
        list(
                lines,
                "存在错误",
                board,
                r -> r.status() == DepartmentStatus.BLOCKED,
                r ->
                        r.name()
                                + "（"
                                + r.latest().errors()
                                + " 项错误，"
                                + r.latest().processedAt()
                                + "）");
        list(
                lines,
                "无法读取",
                board,
                r -> r.status() == DepartmentStatus.UNREADABLE,
                r ->
                        r.name()
                                + "（"
                                + (r.latest() != null
                                        ? r.latest().processedAt()
                                        : r.refused().file())
                                + "）");
        list(
                lines,
                DepartmentStatus.REFUSED.label(),
                board,
                r -> r.status() == DepartmentStatus.REFUSED,
                r -> r.name() + "（" + r.refused().file() + "）");
        list(lines, "未报送", board, r -> r.status() == DepartmentStatus.MISSING, DepartmentRow::name);
        list(
                lines,
                DepartmentRow.NOT_ON_ROSTER,
                board,
                r -> board.rosterUsed() && !r.onRoster(),
                r -> r.name() + "（" + r.status().label() + "）");
        list(
                lines,
                "等级比上年下降",
                board,
                DepartmentRow::gradeDropped,
                r -> r.name() + "（" + r.previous().grade() + "→" + r.grade() + "）");
        if (board.unattributed() > 0) {
            lines.add("另有 " + board.unattributed() + " 份无法读取的报送无法识别部门（见失败文件夹中的 .原因.txt）。");
        }
        return lines;
    }

    private static long count(
            StatusBoard board, Predicate<DepartmentRow> counted, DepartmentStatus status) {
        return board.rows().stream().filter(counted).filter(r -> r.status() == status).count();
    }

    private static void list(
            List<String> lines,
            String label,
            StatusBoard board,
            Predicate<DepartmentRow> which,
            Function<DepartmentRow, String> shown) {
        List<String> names = board.rows().stream().filter(which).map(shown).toList();
        if (!names.isEmpty())
            lines.add(label + "（" + names.size() + "）：" + String.join("、", names));
    }
}
