package org.selfeval.evaluate.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.selfeval.evaluate.FindingCatalogue;
import org.selfeval.evaluate.config.ConfigLoader;
import org.selfeval.framework.FrameworkSetting;

/**
 * The rule list people read is the catalogue's: the README's 规则编号 line names every rule a bureau
 * can set the severity of, each with its catalogue name; the exported 校验规则 sheet has one 说明 per
 * key, its own.
 */
class RuleDocumentationTest {

    private static final Pattern ENTRY =
            Pattern.compile("((?:R|S)-[A-Z][A-Z-]*[A-Z]) (\\p{IsHan}+)");

    @Test
    void readmeRuleListIsTheCatalogue() throws Exception {
        String line =
                Files.readAllLines(Path.of("README.md")).stream()
                        .filter(l -> l.startsWith("规则编号："))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("README has no 规则编号： line"));
        Map<String, String> listed = new LinkedHashMap<>();
        Matcher m = ENTRY.matcher(line);
        while (m.find()) listed.put(m.group(1), m.group(2));
        Map<String, String> catalogue = new LinkedHashMap<>();
        for (FrameworkSetting s : ConfigLoader.defaultSettings(FindingCatalogue.kinds())) {
            if (!s.key().startsWith("severity.")) continue;
            String id = s.key().substring("severity.".length());
            catalogue.put(id, FindingCatalogue.name(id));
        }
        assertEquals(catalogue, listed, "README 规则编号 line and the catalogue differ");
    }

    @Test
    void eachExportedSettingHasItsOwnNote() {
        List<FrameworkSetting> settings = ConfigLoader.defaultSettings(FindingCatalogue.kinds());
        List<String> problems = new ArrayList<>();
        Set<String> notes = new HashSet<>();
        for (FrameworkSetting s : settings) {
            if (s.note().isBlank()) problems.add(s.key() + ": no 说明");
            else if (!notes.add(s.note())) problems.add(s.key() + ": 说明 repeats another key's");
            if (s.key().startsWith("severity.")) {
                String id = s.key().substring("severity.".length());
                if (!s.note().contains(FindingCatalogue.name(id)))
                    problems.add(s.key() + ": 说明 lacks its rule's name");
            }
        }
        assertFalse(settings.isEmpty());
        assertEquals(List.of(), problems, String.join("\n", problems));
        FrameworkSetting figure =
                settings.stream()
                        .filter(s -> s.key().equals("tolerance.figure"))
                        .findFirst()
                        .orElseThrow();
        assertTrue(figure.note().startsWith("填报的差异"), figure.note());
    }
}
