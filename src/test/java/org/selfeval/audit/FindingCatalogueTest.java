package org.selfeval.audit;

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
import org.selfeval.config.ConfigException;
import org.selfeval.config.ConfigLoader;
import org.selfeval.config.EvaluationConfig;
import org.selfeval.model.FindingKind;
import org.selfeval.model.Severity;

/** Every finding id has a Chinese name; names, defaults and configuration checks come from one catalogue. */
class FindingCatalogueTest {

    private static final Pattern ID_LITERAL = Pattern.compile("\"((?:R|READ|S)-[A-Z][A-Z-]*[A-Z]|INTERNAL)\"");
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
                    if (FindingCatalogue.find(m.group(1)).isEmpty()) missing.add(m.group(1));
                }
            }
        }
        assertTrue(seen > 50, "the scan found the ids: " + seen);
        assertEquals(new TreeSet<>(), missing, "ids without a catalogued kind (and so without a Chinese name)");
    }

    @Test
    void everyKindHasAChineseName() {
        List<String> unnamed = new ArrayList<>();
        for (FindingKind k : FindingCatalogue.all()) if (!HAN.matcher(k.name()).find()) unnamed.add(k.id());
        assertEquals(List.of(), unnamed);
        assertEquals("差异复核", FindingCatalogue.name("R-DIFF"));
        assertEquals("评分方法无法识别", FindingCatalogue.name("S-UNKNOWN-METHOD"));
    }

    /** The shipped configuration may list severities; where it does, it agrees with the rules' own defaults. */
    @Test
    void builtInSeveritiesAgreeWithTheRulesDefaults() {
        EvaluationConfig c = EvaluationConfig.GUANGZHOU_2023;
        for (FindingKind k : FindingCatalogue.all()) {
            if (c.severities().containsKey(k.id())) assertEquals(k.defaultSeverity(), c.severity(k.id()), k.id());
        }
        assertEquals(Severity.ERROR, c.severity(SubtotalRule.KIND));
    }

    @Test
    void aConfigurationNamingAnUnknownRuleIsRefused() throws Exception {
        Path dir = Files.createTempDirectory("catalogue");
        Path f = Files.writeString(dir.resolve("selfeval.properties"), "severity.R-SUBTOTAL=警告\n");
        // a configuration file naming an unknown rule is refused by ConfigLoader at its line; one built in code
        // is refused here, by the catalogue
        EvaluationConfig c = EvaluationConfig.GUANGZHOU_2023.toBuilder().severity("R-SUBTOTALS", Severity.WARNING).build();
        ConfigException e = assertThrows(ConfigException.class, () -> new Evaluator(c));
        assertTrue(e.getMessage().contains("severity.R-SUBTOTALS") && e.getMessage().contains("R-SUBTOTAL（小计复核）"),
                e.getMessage());
        assertEquals(Severity.WARNING, ConfigLoader.load(f).severity(SubtotalRule.KIND));
    }
}
