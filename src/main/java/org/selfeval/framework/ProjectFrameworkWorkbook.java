package org.selfeval.framework;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * The project framework as the workbook a bureau edits in Excel or WPS: 说明 first, then one sheet
 * per table.
 */
public final class ProjectFrameworkWorkbook {

    private ProjectFrameworkWorkbook() {}

    public static byte[] export(ProjectFramework f) {
        return FrameworkWorkbook.write(
                ProjectFrameworkGuide.lines(f), ProjectFrameworkTables.of(f).values());
    }

    /** True when {@code file} is a framework workbook whose 框架信息 says 类型 项目支出. */
    public static boolean isProject(Path file) {
        if (!Files.isRegularFile(file)) return false;
        try (InputStream in = Files.newInputStream(file);
                Workbook wb = WorkbookFactory.create(in)) {
            Sheet info = wb.getSheet(FrameworkLayout.INFO);
            return info != null
                    && ProjectFrameworkReader.isProject(
                            FrameworkWorkbook.table(info, FrameworkLayout.KEY));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Reads and checks a project framework workbook; every problem names its cell. */
    public static ProjectFramework load(Path file) {
        String name = String.valueOf(file.getFileName());
        Map<String, Table> tables = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(file);
                Workbook wb = WorkbookFactory.create(in)) {
            for (String sheet :
                    Stream.concat(
                                    ProjectFrameworkLayout.SHEETS.stream(),
                                    Stream.of(ProjectFrameworkLayout.RULES))
                            .toList()) {
                Sheet s = wb.getSheet(sheet);
                if (s != null)
                    tables.put(
                            sheet,
                            FrameworkWorkbook.table(
                                    s, ProjectFrameworkLayout.header(sheet).get(0)));
            }
        } catch (IOException | RuntimeException e) {
            throw new FrameworkException(
                    name,
                    List.of(
                            "无法作为 Excel 工作簿打开（"
                                    + e.getClass().getSimpleName()
                                    + "）：请用 Excel 或 WPS 另存为“Excel 工作簿(*.xlsx)”后再试。"));
        }
        return new ProjectFrameworkReader(name).read(tables);
    }
}
