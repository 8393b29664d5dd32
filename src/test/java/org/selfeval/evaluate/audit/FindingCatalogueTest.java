package org.selfeval.evaluate.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.selfeval.evaluate.Evaluator;
import org.selfeval.evaluate.config.ConfigException;
import org.selfeval.evaluate.config.ConfigLoader;
import org.selfeval.evaluate.config.EvaluationConfig;
import org.selfeval.ingest.SubmissionReader;
import org.selfeval.model.FindingKind;
import org.selfeval.model.FindingKinds;
import org.selfeval.model.Severity;
import org.selfeval.pipeline.Pipeline;

/**
 * Every finding id has a Chinese name; names, defaults and configuration checks come from one
 * catalogue.
 */
class FindingCatalogueTest {

    /**
     * What the pipeline of the real stages names findings by: the reader's, evaluation's and
     * INTERNAL.
     */
    private static final FindingKinds ALL =
            Pipeline.findingKinds(new SubmissionReader(), new Evaluator());

    private static final Pattern ID_LITERAL =
            Pattern.compile("\"((?:R|READ|S)-[A-Z][A-Z-]*[A-Z]|INTERNAL)\"");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    @Test
    void everyFindingIdInTheSourcesIsCatalogued() throws Exception {
        TreeSet<String> missing = new TreeSet<>();
        int seen = 0;
        try (var files = Files.walk(Path.of("src", "main", "java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = ID_LITERAL.matcher(Files.readString(f));
                while (m.find()) {
                    seen++;
                    if (ALL.find(m.group(1)).isEmpty()) missing.add(m.group(1));
                }
            }
        }
        assertTrue(seen > 50, "the scan found the ids: " + seen);
        assertEquals(
                new TreeSet<>(),
                missing,
                "ids without a catalogued kind (and so without a Chinese name)");
    }

    @Test
    void everyKindHasAChineseName() {
        List<String> unnamed = new ArrayList<>();
        for (FindingKind k : ALL.all()) if (!HAN.matcher(k.name()).find()) unnamed.add(k.id());
        assertEquals(List.of(), unnamed);
        assertEquals("差异复核", ALL.name("R-DIFF"));
        assertEquals("评分方法无法识别", ALL.name("S-UNKNOWN-METHOD"));
    }

    /**
     * The shipped configuration may list severities; where it does, it agrees with the rules' own
     * defaults.
     */
    @Test
    void builtInSeveritiesAgreeWithTheRulesDefaults() {
        EvaluationConfig c = EvaluationConfig.GUANGZHOU_2023;
        for (FindingKind k : ALL.all()) {
            if (c.severities().containsKey(k.id()))
                assertEquals(k.defaultSeverity(), c.severity(k.id()), k.id());
        }
        assertEquals(Severity.ERROR, c.severity(SubtotalRule.KIND));
    }

    @Test
    void aConfigurationNamingAnUnknownRuleIsRefusedAtItsLine() throws Exception {
        Path dir = Files.createTempDirectory("catalogue");
        Path f =
                Files.writeString(
                        dir.resolve("selfeval.properties"), "# 本局配置\nseverity.R-SUBTOTALS=警告\n");
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(f));
        assertTrue(
                e.getMessage().contains("第 2 行") && e.getMessage().contains("R-SUBTOTALS"),
                e.getMessage());
        Files.writeString(f, "severity.R-SUBTOTAL=警告\n");
        assertEquals(Severity.WARNING, ConfigLoader.load(f).severity(SubtotalRule.KIND));
    }

    /**
     * The loader knows a rule by the built-in configuration's severity lines: every rule and method
     * has one.
     */
    @Test
    void everyConfigurableKindHasASeverityLineInTheBuiltInConfiguration() {
        EvaluationConfig c = EvaluationConfig.GUANGZHOU_2023;
        List<FindingKind> configurable = new ArrayList<>(AuditCatalogue.standard().kinds());
        configurable.addAll(org.selfeval.evaluate.scoring.ScoringMethods.kinds());
        List<String> unlisted =
                configurable.stream()
                        .map(FindingKind::id)
                        .filter(id -> !c.severities().containsKey(id))
                        .toList();
        assertEquals(List.of(), unlisted, "add severity.<id> to selfeval-default.properties");
    }
}
