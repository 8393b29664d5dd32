package org.selfeval.evaluate.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.selfeval.evaluate.Evaluator;
import org.selfeval.evaluate.FindingCatalogue;
import org.selfeval.evaluate.config.ConfigException;
import org.selfeval.evaluate.config.ConfigLoader;
import org.selfeval.evaluate.config.EvaluationConfig;
import org.selfeval.framework.FrameworkSetting;
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
     * A default severity is said once, by its kind: the shipped configuration states none, so each
     * kind's own default is in effect.
     */
    @Test
    void theBuiltInConfigurationLeavesEverySeverityToItsKind() {
        EvaluationConfig c = EvaluationConfig.GUANGZHOU_2023;
        assertEquals(Map.of(), c.severities());
        for (FindingKind k : FindingCatalogue.kinds())
            assertEquals(k.defaultSeverity(), c.severity(k), k.id());
        assertEquals(Severity.ERROR, c.severity(SubtotalRule.KIND));
        assertEquals(Severity.INFO, c.severity(IncomeCoversExpenditureRule.KIND));
    }

    /**
     * framework export offers every configurable kind with its own default, straight from the
     * catalogue.
     */
    @Test
    void theExportedSettingsListEveryKindWithItsDefault() {
        Map<String, String> exported = new LinkedHashMap<>();
        for (FrameworkSetting s : ConfigLoader.defaultSettings(FindingCatalogue.kinds()))
            if (s.key().startsWith("severity.")) exported.put(s.key(), s.value());
        Map<String, String> expected = new LinkedHashMap<>();
        for (FindingKind k : FindingCatalogue.kinds())
            expected.put("severity." + k.id(), k.defaultSeverity().label());
        assertEquals(expected, exported);
        assertTrue(exported.size() > 25, "the catalogue's kinds: " + exported.size());
    }

    @Test
    void aConfigurationNamingAnUnknownRuleIsRefusedAtItsLine() throws Exception {
        Path dir = Files.createTempDirectory("catalogue");
        Path f =
                Files.writeString(
                        dir.resolve("selfeval.properties"), "# 本局配置\nseverity.R-SUBTOTALS=警告\n");
        ConfigException e =
                assertThrows(
                        ConfigException.class,
                        () -> ConfigLoader.load(f, FindingCatalogue.kinds()));
        assertTrue(
                e.getMessage().contains("第 2 行") && e.getMessage().contains("R-SUBTOTALS"),
                e.getMessage());
        Files.writeString(f, "severity.R-SUBTOTAL=警告\n");
        assertEquals(
                Severity.WARNING,
                ConfigLoader.load(f, FindingCatalogue.kinds()).severity(SubtotalRule.KIND));
    }
}
