package org.selfeval.template;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.selfeval.framework.Framework;
import org.selfeval.publish.AtomicFiles;

/**
 * The committed blank templates (one per built-in framework) must be what the code writes. To
 * refresh it after a deliberate change run {@code ./selfeval templates --force} or {@code mvn -o
 * test -Dtest=TemplateDriftTest -Dselfeval.regenerate=true}.
 */
class TemplateDriftTest {

    static final Path DIR = Path.of("input-templates");

    /** One committed template per built-in framework. */
    @ParameterizedTest
    @MethodSource("org.selfeval.framework.BuiltInFrameworks#all")
    void committedTemplateMatchesTheWriter(Framework framework) throws IOException {
        Path committed = DIR.resolve(TemplateWriter.fileName(framework));
        byte[] fresh = new TemplateWriter(framework).bytes();
        if (Boolean.getBoolean("selfeval.regenerate")) AtomicFiles.write(committed, fresh);
        assertEquals(
                WorkbookSnapshot.of(fresh),
                WorkbookSnapshot.of(committed),
                committed + " differs from TemplateWriter: regenerate it");
    }
}
