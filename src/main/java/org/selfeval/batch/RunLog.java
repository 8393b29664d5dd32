package org.selfeval.batch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.selfeval.model.Finding;

/**
 * Progress for people and a log file for operations. Console lines go to stderr; the log file
 * ({@code <out>/logs/selfeval-<yyyy-MM-dd>.log}, appended, UTF-8) gets the same lines with a time
 * stamp, plus every finding and every stack trace. The console never shows a stack trace.
 * Thread-safe.
 */
public final class RunLog implements AutoCloseable {

    private static final String STAMP_PATTERN = "yyyy-MM-dd HH:mm:ss";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern(STAMP_PATTERN);

    /** A day's log file: selfeval-2024-03-01.log. */
    private static final String PREFIX = "selfeval-";

    private static final String SUFFIX = ".log";

    private final PrintWriter console;
    private final Path logs;
    private final Clock clock;
    private Writer file;
    private LocalDate day;

    /** A write to the log failed and was told; told again only after a write succeeds. */
    private boolean failureTold;

    private RunLog(PrintWriter console, Path logs, Clock clock) {
        this.console = console;
        this.logs = logs;
        this.clock = clock;
    }

    /**
     * A log that appends to the day's file under {@code <out>/logs/}; a run that spans midnight
     * changes file.
     */
    public static RunLog open(Path out, PrintWriter console, Clock clock) throws IOException {
        Path logs = out.resolve("logs");
        Files.createDirectories(logs);
        RunLog log = new RunLog(console, logs, clock);
        log.writer();
        return log;
    }

    private Writer writer() throws IOException {
        LocalDate today = LocalDate.now(clock);
        if (!today.equals(day)) {
            if (file != null) file.close();
            file =
                    Files.newBufferedWriter(
                            logs.resolve(PREFIX + today + SUFFIX),
                            StandardCharsets.UTF_8,
                            StandardOpenOption.CREATE,
                            StandardOpenOption.APPEND);
            day = today;
        }
        return file;
    }

    /** A line for the console and the log file. */
    public synchronized void progress(String line) {
        console.println(line);
        console.flush();
        toFile(line);
    }

    /** A line for the log file only. */
    public synchronized void detail(String line) {
        toFile(line);
    }

    public synchronized void findings(Iterable<Finding> findings) {
        for (Finding f : findings) {
            toFile(
                    "    ["
                            + f.severity().label()
                            + "] "
                            + f.ruleId()
                            + " "
                            + f.source()
                            + " "
                            + f.item()
                            + "："
                            + f.message()
                            + (f.expected().isEmpty() && f.found().isEmpty()
                                    ? ""
                                    : "（应为 " + f.expected() + "，填写为 " + f.found() + "）"));
        }
    }

    /** A message on the console; the message and the stack trace in the log file. */
    public synchronized void error(String message, Throwable t) {
        console.println(message + "（详情见日志）");
        console.flush();
        StringWriter trace = new StringWriter();
        t.printStackTrace(new PrintWriter(trace));
        toFile(message + System.lineSeparator() + trace);
    }

    /**
     * Points {@code System.err} at the log file until closed, so library logging (slf4j-simple
     * writes to System.err) and its stack traces stay off the console, which keeps the progress
     * lines: {@code try (var s = log.stderrInLog())}.
     */
    public StderrInLog stderrInLog() {
        PrintStream console = System.err;
        System.setErr(fileOnlyStream());
        return () -> {
            System.err.flush();
            System.setErr(console);
        };
    }

    /** Restores the console's {@code System.err} when closed. */
    @FunctionalInterface
    public interface StderrInLog extends AutoCloseable {
        @Override
        void close();
    }

    /** A stream whose lines go to the log file only, as they are. */
    PrintStream fileOnlyStream() {
        OutputStream lines =
                new OutputStream() {
                    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

                    @Override
                    public synchronized void write(int b) {
                        if (b == '\n') {
                            flush();
                        } else {
                            line.write(b);
                        }
                    }

                    @Override
                    public synchronized void flush() {
                        if (line.size() == 0) return;
                        String text = line.toString(StandardCharsets.UTF_8).stripTrailing();
                        line.reset();
                        raw(text);
                    }
                };
        return new PrintStream(lines, true, StandardCharsets.UTF_8);
    }

    private synchronized void raw(String text) {
        try {
            Writer w = writer();
            w.write(text + System.lineSeparator());
            w.flush();
            failureTold = false;
        } catch (IOException e) {
            cannotWrite(e);
        }
    }

    private void toFile(String line) {
        try {
            Writer w = writer();
            w.write(LocalDateTime.now(clock).format(STAMP) + " " + line + System.lineSeparator());
            w.flush();
            failureTold = false;
        } catch (IOException e) {
            cannotWrite(e);
        }
    }

    /**
     * A log that cannot be written (a full disk) is told once on the console, not on every line;
     * the run goes on and its outcome (exit code) is its own.
     */
    private void cannotWrite(IOException e) {
        if (failureTold) return;
        failureTold = true;
        console.println(
                "无法写入日志文件 "
                        + logs.resolve(PREFIX + LocalDate.now(clock) + SUFFIX)
                        + "："
                        + IoProblem.describe(e)
                        + "（本次运行的日志不完整，屏幕上的内容不受影响）");
        console.flush();
    }

    /** Closes the day's file; one that cannot be flushed (a full disk) is told, not thrown. */
    @Override
    public synchronized void close() {
        try {
            if (file != null) file.close();
        } catch (IOException e) {
            cannotWrite(e);
        }
    }

    private static final String[] FOLDER_LABELS = {"收件文件夹：", "输出文件夹：", "归档文件夹：", "失败文件夹："};

    /**
     * The four folders of a run, on the console and in the log (read back by {@link #lastFolders}).
     */
    public void folders(BatchFolders folders) {
        Path[] paths = {folders.inbox(), folders.out(), folders.archive(), folders.failed()};
        for (int i = 0; i < paths.length; i++) progress(FOLDER_LABELS[i] + paths[i]);
    }

    /**
     * The folders the last run on this output folder used, as its log tells them (the newest day's
     * log that names all four); empty when no run has logged them. The output folder is the one
     * given: the folder may have been moved since.
     */
    public static Optional<BatchFolders> lastFolders(Path out) {
        Path logs = out.resolve("logs");
        if (!Files.isDirectory(logs)) return Optional.empty();
        List<Path> days;
        try (var s = Files.list(logs)) {
            days =
                    s.filter(
                                    p -> {
                                        String n = p.getFileName().toString();
                                        return n.startsWith(PREFIX) && n.endsWith(SUFFIX);
                                    })
                            .sorted(Comparator.reverseOrder())
                            .toList();
        } catch (IOException e) {
            return Optional.empty();
        }
        for (Path day : days) {
            String[] found = new String[FOLDER_LABELS.length];
            try {
                String text = new String(Files.readAllBytes(day), StandardCharsets.UTF_8);
                for (String line : text.split("\\R")) {
                    // "yyyy-MM-dd HH:mm:ss 归档文件夹：/srv/archive"
                    int at = STAMP_PATTERN.length();
                    if (line.length() <= at + 1 || line.charAt(at) != ' ') continue;
                    String rest = line.substring(at + 1);
                    for (int i = 0; i < FOLDER_LABELS.length; i++) {
                        if (rest.startsWith(FOLDER_LABELS[i]))
                            found[i] = rest.substring(FOLDER_LABELS[i].length());
                    }
                }
            } catch (IOException e) {
                continue;
            }
            if (Arrays.stream(found).allMatch(f -> f != null && !f.isEmpty())) {
                try {
                    return Optional.of(
                            new BatchFolders(
                                    Path.of(found[0]), out, Path.of(found[2]), Path.of(found[3])));
                } catch (InvalidPathException e) {
                    continue;
                }
            }
        }
        return Optional.empty();
    }
}
