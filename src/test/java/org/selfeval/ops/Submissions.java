package org.selfeval.ops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.selfeval.bench.SubmissionGenerator;

/** Distinct clean workbooks, as a department would fill them, saved under Chinese names. */
final class Submissions {

    private Submissions() {}

    /** {@code count} clean workbooks named 〈部门〉自评表.xlsx in {@code inbox}; their names. */
    static List<String> clean(Path inbox, int count) throws IOException {
        Files.createDirectories(inbox);
        SubmissionGenerator generator = new SubmissionGenerator(20231231);
        List<String> names = new ArrayList<>();
        for (int i = 0; names.size() < count; i++) {
            if (generator.kind(i) != SubmissionGenerator.Kind.CLEAN) continue;
            String name = SubmissionGenerator.department(i) + "自评表.xlsx";
            Files.write(inbox.resolve(name), generator.xlsx(i));
            names.add(name);
        }
        return names;
    }

    static List<String> names(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return List.of();
        try (var s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
