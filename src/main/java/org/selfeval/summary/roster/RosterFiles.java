package org.selfeval.summary.roster;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where the roster is and what its sheet looks like: shared by the reader and the blank template.
 */
public final class RosterFiles {

    public static final String FILE_NAME = "部门名单.xlsx";
    public static final String SHEET = "部门名单";
    public static final String NAME = "部门名称";
    public static final String BUDGET_CODE = "预算编码";
    public static final String CONTACT = "联系人";
    public static final String PHONE = "联系电话";
    public static final List<String> HEADER = List.of(NAME, BUDGET_CODE, CONTACT, PHONE);

    private RosterFiles() {}

    /**
     * {@code --roster} when given, else {@value #FILE_NAME} next to the inbox (as {@code
     * selfeval.properties}).
     */
    public static Optional<Path> locate(Path given, Path inbox) {
        if (given != null) return Optional.of(given.toAbsolutePath().normalize());
        Path parent = inbox.toAbsolutePath().normalize().getParent();
        if (parent == null) return Optional.empty();
        Path candidate = parent.resolve(FILE_NAME);
        return Files.isRegularFile(candidate) ? Optional.of(candidate) : Optional.empty();
    }

    /** The roster in effect: read from {@link #locate}, or {@link Roster#NONE}. */
    public static Roster load(Path given, Path inbox) throws RosterException {
        Optional<Path> file = locate(given, inbox);
        return file.isPresent() ? RosterReader.read(file.get()) : Roster.NONE;
    }
}
