package org.selfeval.template;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.selfeval.publish.AtomicFiles;

/**
 * The committed blank template must be what the code writes. To refresh it after a deliberate change run
 * {@code ./selfeval templates --force} or {@code mvn -o test -Dtest=TemplateDriftTest -Dselfeval.regenerate=true}.
 */
class TemplateDriftTest {

    static final Path COMMITTED = Path.of("input-templates", TemplateWriter.FILE_NAME);

    @Test
    void committedTemplateMatchesTheWriter() throws IOException {
        byte[] fresh = new TemplateWriter().bytes();
        if (Boolean.getBoolean("selfeval.regenerate")) AtomicFiles.write(COMMITTED, fresh);
        assertEquals(WorkbookSnapshot.of(fresh), WorkbookSnapshot.of(COMMITTED),
                "input-templates/" + TemplateWriter.FILE_NAME + " differs from TemplateWriter: regenerate it");
    }
}
