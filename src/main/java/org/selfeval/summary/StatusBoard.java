package org.selfeval.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.selfeval.framework.Framework;
import org.selfeval.model.NameKey;
import org.selfeval.pipeline.Status;
import org.selfeval.publish.ManifestEntry;
import org.selfeval.publish.RefusedFile;
import org.selfeval.summary.roster.Roster;
import org.selfeval.summary.roster.RosterEntry;

/**
 * Every department of one year and its state, derived from the manifest alone (so it is rebuilt
 * identically): each roster department, with its latest submission or 未报送, then the departments
 * that submitted without being on the roster. A department's latest submission decides its state.
 * An unreadable file names no department; with a roster it is put against the department its file
 * name carries, in the year being collected (the newest). Rows are ordered so that what needs
 * action comes first: 存在错误, 无法读取, 未报送, then 报告已生成.
 *
 * <p>A department that sent only files refused for their format or name (recorded with the year
 * being collected when they came) is 格式不支持 rather than 未报送.
 *
 * @param unattributed unreadable submissions of this year that could not be put against any
 *     department
 * @param refused the files of this year refused for their format or name, in the order received
 * @param wording the framework the bureau put in effect (its own workbook or a built-in one named
 *     with --framework), whose words head the summary's columns when the board's 一级 are its own;
 *     null: the built-in framework closest to the board's 一级
 */
public record StatusBoard(
        String year,
        List<DepartmentRow> rows,
        int unattributed,
        boolean rosterUsed,
        List<RefusedFile> refused,
        Framework wording) {

    public StatusBoard {
        rows = List.copyOf(rows);
        refused = List.copyOf(refused);
    }

    /** The years the manifest knows, oldest first. */
    public static List<String> years(List<ManifestEntry> entries) {
        TreeSet<String> years = new TreeSet<>(ManifestEntry.YEAR_ORDER);
        for (ManifestEntry e : entries)
            if (!e.year().isBlank() && !e.department().isBlank()) years.add(e.year());
        return List.copyOf(years);
    }

    /**
     * The years of the manifest and of the refused files (each fixed when received), oldest first.
     */
    public static List<String> years(List<ManifestEntry> entries, List<RefusedFile> refused) {
        TreeSet<String> years = new TreeSet<>(ManifestEntry.YEAR_ORDER);
        years.addAll(years(entries));
        for (RefusedFile r : refused) if (!r.year().isBlank()) years.add(r.year());
        return List.copyOf(years);
    }

    /** The year being collected: the newest the manifest knows, "" when it knows none. */
    public static String currentYear(List<ManifestEntry> entries) {
        List<String> years = years(entries);
        return years.isEmpty() ? "" : years.get(years.size() - 1);
    }

    public static StatusBoard of(String year, List<ManifestEntry> entries, Roster roster) {
        return of(year, entries, List.of(), roster);
    }

    public static StatusBoard of(
            String year, List<ManifestEntry> entries, List<RefusedFile> allRefused, Roster roster) {
        List<RefusedFile> refused = allRefused.stream().filter(r -> r.year().equals(year)).toList();
        Map<String, RefusedFile> refusedOf = new LinkedHashMap<>();
        for (RefusedFile r : refused)
            if (!r.department().isBlank()) refusedOf.put(NameKey.of(r.department()), r);
        String current = currentYear(entries);
        Map<String, ManifestEntry> latest = new LinkedHashMap<>();
        Map<String, ManifestEntry> previous = new LinkedHashMap<>();
        String previousYear = previousYear(year);
        int unattributed = 0;
        for (ManifestEntry e : entries) {
            if (e.status() == Status.INTERNAL_ERROR) continue;
            Placed placed = place(e, current, roster);
            if (placed == null) {
                if (year.equals(e.year().isBlank() ? current : e.year())) unattributed++;
                continue;
            }
            if (placed.year().equals(year))
                latest.put(placed.key(), e); // manifest order: later entries win
            if (placed.year().equals(previousYear) && e.status() == Status.CONVERTED)
                previous.put(placed.key(), e);
        }
        List<DepartmentRow> rows = new ArrayList<>();
        for (RosterEntry r : roster.entries()) {
            String key = NameKey.of(r.name());
            rows.add(
                    row(
                            r.name(),
                            year,
                            r,
                            roster.isUsed(),
                            latest.remove(key),
                            previous.get(key),
                            refusedOf.get(key)));
        }
        Map<String, ManifestEntry> others = new TreeMap<>();
        latest.forEach((key, e) -> others.put(e.department() + "\u0000" + key, e));
        for (ManifestEntry e : others.values()) {
            String key = NameKey.of(e.department());
            rows.add(
                    row(
                            e.department(),
                            year,
                            null,
                            roster.isUsed(),
                            e,
                            previous.get(key),
                            refusedOf.get(key)));
        }
        rows.sort(
                Comparator.comparing(
                        DepartmentRow::status)); // stable: roster order within a status
        return new StatusBoard(year, rows, unattributed, roster.isUsed(), refused, null);
    }

    /**
     * This board with its columns headed in {@code framework}'s words (null: the built-in ones).
     */
    public StatusBoard wordedBy(Framework framework) {
        return new StatusBoard(year, rows, unattributed, rosterUsed, refused, framework);
    }

    public long count(DepartmentStatus status) {
        return rows.stream().filter(r -> r.status() == status).count();
    }

    /** The refused files of this year whose name reveals no roster department. */
    public long refusedUnattributed() {
        return refused.stream().filter(r -> r.department().isBlank()).count();
    }

    public List<DepartmentRow> notOnRoster() {
        return rosterUsed ? rows.stream().filter(r -> !r.onRoster()).toList() : List.of();
    }

    private static DepartmentRow row(
            String name,
            String year,
            RosterEntry roster,
            boolean rosterUsed,
            ManifestEntry latest,
            ManifestEntry previous,
            RefusedFile refused) {
        DepartmentStatus status =
                latest != null
                        ? DepartmentStatus.of(latest.status())
                        : refused == null
                                ? DepartmentStatus.MISSING
                                : refused.unreadable()
                                        ? DepartmentStatus.UNREADABLE
                                        : DepartmentStatus.REFUSED;
        PreviousYear before =
                previous == null
                        ? null
                        : new PreviousYear(previous.year(), previous.total(), previous.grade());
        return new DepartmentRow(name, year, roster, rosterUsed, status, latest, before, refused);
    }

    /**
     * A submission's department key and year; null when it names no department the board can find.
     */
    private static Placed place(ManifestEntry e, String current, Roster roster) {
        // a blank 评价年度 (an error of its own) still belongs to its department, in the year being
        // collected
        if (!e.department().isBlank())
            return new Placed(NameKey.of(e.department()), e.year().isBlank() ? current : e.year());
        Optional<RosterEntry> named = roster.namedIn(e.source());
        if (named.isEmpty()) return null;
        return new Placed(NameKey.of(named.get().name()), e.year().isBlank() ? current : e.year());
    }

    private static String previousYear(String year) {
        try {
            return Integer.toString(Integer.parseInt(year.strip()) - 1);
        } catch (NumberFormatException e) {
            return "";
        }
    }

    private record Placed(String key, String year) {}
}
