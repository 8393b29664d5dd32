package org.selfeval.evaluate.config;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.selfeval.framework.BuiltInFrameworks;
import org.selfeval.framework.Framework;
import org.selfeval.framework.FrameworkSetting;
import org.selfeval.model.FindingKind;
import org.selfeval.model.Severity;

/**
 * Reads the configuration: the defaults shipped in the jar, then an override file whose keys
 * replace the defaults' (a {@code grade.} key in the override replaces all the framework's grades;
 * the indicator tree itself is the framework workbook's, never this file's). Format: UTF-8 lines
 * {@code key=value}, {@code #} comments. A rule's default severity is its {@link FindingKind}'s; a
 * {@code severity.<id>} line only overrides it, and must name one of the kinds the caller passes.
 */
public final class ConfigLoader {

    private static final String SEVERITY_PREFIX = "severity.";

    /** The file a bureau places next to the inbox to override the defaults for {@code run}. */
    public static final String OVERRIDE_FILE_NAME = "selfeval.properties";

    static final String RESOURCE = "/selfeval-default.properties";

    private ConfigLoader() {}

    /** The defaults shipped in the jar, with the default built-in framework. */
    static EvaluationConfig builtIn() {
        try (InputStream in = ConfigLoader.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            return build(
                    parse(decode(in.readAllBytes(), "内置配置"), "内置配置"),
                    "内置配置",
                    BuiltInFrameworks.defaultFramework());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + RESOURCE, e);
        }
    }

    /** The bureau's {@code selfeval.properties} in {@code directory}, when there is one. */
    public static Optional<Path> overrideIn(Path directory) {
        if (directory == null) return Optional.empty();
        Path candidate = directory.resolve(OVERRIDE_FILE_NAME);
        return Files.isRegularFile(candidate) ? Optional.of(candidate) : Optional.empty();
    }

    /**
     * The defaults overridden by the keys of {@code file}, with the default framework; a severity
     * line must name one of {@code rules}.
     */
    public static EvaluationConfig load(Path file, Collection<FindingKind> rules) {
        return load(file, BuiltInFrameworks.defaultFramework(), rules);
    }

    /**
     * The defaults overridden by the keys of {@code file}, with {@code framework}; a severity line
     * must name one of {@code rules}.
     */
    public static EvaluationConfig load(
            Path file, Framework framework, Collection<FindingKind> rules) {
        String name = file.toString();
        if (!Files.isRegularFile(file)) {
            throw new ConfigException("配置文件 " + name + " 不存在或不是文件：请检查路径。");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ConfigException("无法读取配置文件 " + name + "：" + e.getMessage(), e);
        }
        Map<String, Entry> overrides = parse(decode(bytes, name), name);
        refuseUnknownRules(overrides, rules);
        Map<String, Entry> merged = withFrameworkSettings(defaults(), framework, rules);
        merged.putAll(overrides);
        return build(merged, name, framework);
    }

    /**
     * The built-in settings with the framework's 校验规则 over them (no configuration file): the same
     * instance as {@link EvaluationConfig#GUANGZHOU_2023} for the default framework.
     */
    public static EvaluationConfig forFramework(
            Framework framework, Collection<FindingKind> rules) {
        if (framework.settings().isEmpty())
            return EvaluationConfig.GUANGZHOU_2023.withFramework(framework);
        return build(
                withFrameworkSettings(defaults(), framework, rules), framework.label(), framework);
    }

    /**
     * The built-in settings with what each means, for a framework workbook's 校验规则: the comment just
     * above a key (its own, not those of the keys before it), then one severity line per rule of
     * {@code rules} with its default severity, described by the rule's name.
     */
    public static List<FrameworkSetting> defaultSettings(Collection<FindingKind> rules) {
        List<FrameworkSetting> settings = new ArrayList<>();
        StringBuilder note = new StringBuilder();
        for (String raw : defaultText().split("\\R")) {
            String line = raw.strip();
            if (line.startsWith("# ----") || line.isEmpty()) {
                note.setLength(0);
            } else if (line.startsWith("#")) {
                note.append(line.substring(1).strip());
            } else if (line.contains("=")) {
                int eq = line.indexOf('=');
                String key = line.substring(0, eq).strip();
                settings.add(
                        new FrameworkSetting(
                                key, line.substring(eq + 1).strip(), note.toString(), 0));
                note.setLength(0);
            }
        }
        for (FindingKind rule : rules) {
            settings.add(
                    new FrameworkSetting(
                            SEVERITY_PREFIX + rule.id(),
                            rule.defaultSeverity().label(),
                            "规则 " + rule.id() + "（" + rule.name() + "）的严重程度：错误（不生成报告）、警告或提示",
                            0));
        }
        return settings;
    }

    /** defaults, then the framework's 校验规则 (each entry names its sheet and row for messages). */
    private static Map<String, Entry> withFrameworkSettings(
            Map<String, Entry> defaults, Framework framework, Collection<FindingKind> rules) {
        Map<String, Entry> settings = new LinkedHashMap<>();
        String where = "指标体系文件 " + framework.source() + " 校验规则";
        for (FrameworkSetting s : framework.settings()) {
            settings.put(s.key(), new Entry(s.key(), s.value(), where, s.row()));
        }
        refuseUnknownRules(settings, rules);
        Map<String, Entry> merged = new LinkedHashMap<>(defaults);
        merged.putAll(settings);
        return merged;
    }

    private static Map<String, Entry> defaults() {
        return parse(defaultText(), "内置配置");
    }

    private static String defaultText() {
        try (InputStream in = ConfigLoader.class.getResourceAsStream(RESOURCE)) {
            return decode(in.readAllBytes(), "内置配置");
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + RESOURCE, e);
        }
    }

    /**
     * A severity for a rule id the program does not have is a typo that would silently change
     * nothing.
     */
    private static void refuseUnknownRules(
            Map<String, Entry> overrides, Collection<FindingKind> rules) {
        for (Entry e : overrides.values()) {
            if (!e.key().startsWith(SEVERITY_PREFIX)) continue;
            String id = e.key().substring(SEVERITY_PREFIX.length());
            if (id.startsWith("P-")) {
                // the project tables' rules keep their severities: a bureau tunes projects in
                // its project framework's 评分规则
                throw new ConfigException(
                        e.where()
                                + "：项目支出绩效自评表的规则（"
                                + id
                                + " 等以 P- 开头的编号）严重程度固定，不能在配置中调整；请删除这一行。"
                                + "要加严或放宽项目的评分，请写在项目指标体系的“评分规则”工作表中。");
            }
            if (rules.stream().noneMatch(rule -> rule.id().equals(id))) {
                throw new ConfigException(
                        e.where()
                                + "：没有编号为 "
                                + id
                                + " 的规则。可用的规则编号："
                                + rules.stream()
                                        .map(FindingKind::id)
                                        .collect(Collectors.joining("、"))
                                + "（README 中有说明）。");
            }
        }
    }

    /** One line of a configuration file, kept with its origin for error messages. */
    record Entry(String key, String value, String file, int line) {
        String where() {
            return file + " 第 " + line + " 行（" + key + "）";
        }
    }

    private static String decode(byte[] bytes, String name) {
        try {
            String text =
                    StandardCharsets.UTF_8
                            .newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)
                            .decode(java.nio.ByteBuffer.wrap(bytes))
                            .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new ConfigException("配置文件 " + name + " 不是 UTF-8 编码：请用记事本“另存为”UTF-8 编码后再试。");
        }
    }

    static Map<String, Entry> parse(String text, String name) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new ConfigException(
                        "配置文件 "
                                + name
                                + " 第 "
                                + (i + 1)
                                + " 行格式不对：“"
                                + line
                                + "”。每行应为“键=值”，例如 threshold.variance-rate=10。");
            }
            String key = line.substring(0, eq).strip();
            entries.put(key, new Entry(key, line.substring(eq + 1).strip(), name, i + 1));
        }
        return entries;
    }

    /**
     * Grades come from the framework unless the file sets {@code grade.} keys, which then replace
     * them all.
     */
    static EvaluationConfig build(Map<String, Entry> entries, String name, Framework framework) {
        List<GradeBand> grades = new ArrayList<>();
        Map<String, Severity> severities = new LinkedHashMap<>();
        for (Entry e : entries.values()) {
            String k = e.key();
            if (k.startsWith("grade.")) {
                grades.add(new GradeBand(k.substring(6), nonNegative(e)));
            } else if (k.startsWith(SEVERITY_PREFIX)) {
                try {
                    severities.put(k.substring(9), Severity.fromLabel(e.value()));
                } catch (IllegalArgumentException ex) {
                    throw new ConfigException(
                            e.where() + "：严重程度“" + e.value() + "”无效，应为 错误、警告 或 提示。");
                }
            } else if (k.startsWith("tree.") || k.startsWith("method.")) {
                throw new ConfigException(
                        e.where()
                                + "：指标体系（分值、评分方法）已改为在指标体系工作簿中设置。请用"
                                + " selfeval framework export "
                                + framework.name()
                                + " --out 指标体系.xlsx 导出，在 Excel 中修改后用"
                                + " --framework 指标体系.xlsx 指定，并删除本文件中的 tree. 和 method. 行。");
            } else if (!KNOWN_KEYS.contains(k)) {
                throw new ConfigException(
                        e.where()
                                + "：未知的配置项。可用的配置项见内置配置 selfeval-default.properties（README 中有说明）。");
            }
        }
        requireEveryScoreGraded(entries, name);
        if (grades.isEmpty()) grades.addAll(GradeBand.of(framework));
        return new EvaluationConfig(
                nonNegative(require(entries, "tolerance.amount-per-row", name)),
                nonNegative(require(entries, "tolerance.figure", name)),
                nonNegative(require(entries, "threshold.variance-rate", name)),
                nonNegative(require(entries, "threshold.project-execution", name)),
                bool(require(entries, "scoring.positive.partial", name)),
                optionalNumber(entries.get("scoring.reverse.deduction-per-point")),
                nonNegative(require(entries, "scoring.threshold.asset-utilisation", name)),
                grades,
                severities,
                framework);
    }

    /**
     * Scores start at 0: a lowest band above 0 would leave low totals with a grade they never
     * reached.
     */
    private static void requireEveryScoreGraded(Map<String, Entry> entries, String name) {
        Entry lowest = null;
        for (Entry e : entries.values()) {
            if (e.key().startsWith("grade.")
                    && (lowest == null || number(e).compareTo(number(lowest)) < 0)) lowest = e;
        }
        if (lowest != null && number(lowest).signum() > 0) {
            throw new ConfigException(
                    lowest.where()
                            + "：等级没有覆盖全部得分，低于 "
                            + lowest.value()
                            + " 分的得分没有等级。请再加一个从 0 分起的等级，例如 grade.差=0。");
        }
    }

    private static final List<String> KNOWN_KEYS =
            List.of(
                    "tolerance.amount-per-row",
                    "tolerance.figure",
                    "threshold.variance-rate",
                    "threshold.project-execution",
                    "scoring.positive.partial",
                    "scoring.reverse.deduction-per-point",
                    "scoring.threshold.asset-utilisation");

    private static Entry require(Map<String, Entry> entries, String key, String name) {
        Entry e = entries.get(key);
        if (e == null || e.value().isEmpty()) {
            throw new ConfigException(name + "：缺少配置项 " + key + "，请补上（默认值见 README）。");
        }
        return e;
    }

    private static BigDecimal nonNegative(Entry e) {
        BigDecimal v = number(e);
        if (v.signum() < 0) throw new ConfigException(e.where() + "：不能为负数，现为 " + e.value() + "。");
        return v;
    }

    private static BigDecimal optionalNumber(Entry e) {
        if (e == null || e.value().isEmpty()) return null;
        return nonNegative(e);
    }

    private static BigDecimal number(Entry e) {
        try {
            return new BigDecimal(e.value().replace("%", "").strip());
        } catch (NumberFormatException ex) {
            throw new ConfigException(e.where() + "：“" + e.value() + "”不是数字，请填写数字，例如 10 或 0.01。");
        }
    }

    private static boolean bool(Entry e) {
        return switch (e.value().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "是", "yes" -> true;
            case "false", "否", "no" -> false;
            default ->
                    throw new ConfigException(
                            e.where() + "：“" + e.value() + "”无效，请填写 true 或 false。");
        };
    }
}
