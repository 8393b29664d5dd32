package org.selfeval.summary.roster;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.selfeval.model.NameKey;

/**
 * The departments the bureau expects a report from, in the roster's order; looked up by {@link
 * NameKey}, so "（" and "(" or a stray space never make a department look missing. {@link #NONE}
 * when no roster is used.
 */
public final class Roster {

    public static final Roster NONE = new Roster(null, List.of());

    private final Path source;
    private final List<RosterEntry> entries;
    private final Map<String, RosterEntry> byKey = new HashMap<>();

    /**
     * @param source the workbook it was read from, null for {@link #NONE}
     */
    public Roster(Path source, List<RosterEntry> entries) {
        this.source = source;
        this.entries = List.copyOf(entries);
        for (RosterEntry e : this.entries) byKey.putIfAbsent(NameKey.of(e.name()), e);
    }

    public Path source() {
        return source;
    }

    public List<RosterEntry> entries() {
        return entries;
    }

    public boolean isUsed() {
        return source != null;
    }

    public Optional<RosterEntry> find(String department) {
        return Optional.ofNullable(byKey.get(NameKey.of(department)));
    }

    /**
     * The department whose name a file name carries ("花都区教育局-自评表.xlsx"), the longest when several
     * do: how an unreadable file, whose content names no department, is still put against one.
     */
    public Optional<RosterEntry> namedIn(String fileName) {
        String key = NameKey.of(fileName);
        return entries.stream()
                .filter(e -> key.contains(NameKey.of(e.name())))
                .max(Comparator.comparingInt(e -> NameKey.of(e.name()).length()));
    }

    /**
     * The line a run or {@code status} prints at its start, so the roster in effect is always
     * named.
     */
    public String announcement() {
        if (!isUsed()) {
            return "部门名单：未使用（未指定 --roster，收件文件夹旁也没有 " + RosterFiles.FILE_NAME + "），汇总表只列出已报送的部门";
        }
        return "部门名单：" + source + "（" + entries.size() + " 个部门）";
    }
}
