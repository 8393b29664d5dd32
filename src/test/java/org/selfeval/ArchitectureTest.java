package org.selfeval;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The architecture as rules (ARCHITECTURE.md): the model at the bottom, one package per stage of
 * the flow (ingest → evaluate → report → publish → batch → cli), each used only by the stages after
 * it, and no package cycle. A back edge or a cycle fails the build.
 */
@AnalyzeClasses(packages = "org.selfeval", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The records every stage shares depend on nothing of the project. */
    @ArchTest
    static final ArchRule modelIsTheBottom =
            classes()
                    .that()
                    .resideInAPackage("org.selfeval.model..")
                    .should()
                    .onlyDependOnClassesThat()
                    .resideInAnyPackage("org.selfeval.model..", "java..");

    @ArchTest
    static final ArchRule stagesDependOnlyOnEarlierOnes =
            layeredArchitecture()
                    .consideringOnlyDependenciesInLayers()
                    .layer("model")
                    .definedBy("org.selfeval.model..")
                    .layer("framework")
                    .definedBy("org.selfeval.framework..")
                    .layer("pipeline")
                    .definedBy("org.selfeval.pipeline..")
                    .layer("ingest")
                    .definedBy("org.selfeval.ingest..")
                    .layer("evaluate")
                    .definedBy("org.selfeval.evaluate..")
                    .layer("project")
                    .definedBy("org.selfeval.project..")
                    .layer("report")
                    .definedBy("org.selfeval.report..")
                    .layer("publish")
                    .definedBy("org.selfeval.publish..")
                    .layer("summary")
                    .definedBy("org.selfeval.summary..")
                    .layer("template")
                    .definedBy("org.selfeval.template..")
                    .layer("batch")
                    .definedBy("org.selfeval.batch..")
                    .layer("bench")
                    .definedBy("org.selfeval.bench..")
                    .layer("cli")
                    .definedBy("org.selfeval.cli..")
                    .whereLayer("cli")
                    .mayNotBeAccessedByAnyLayer()
                    .whereLayer("bench")
                    .mayOnlyBeAccessedByLayers("cli")
                    .whereLayer("batch")
                    .mayOnlyBeAccessedByLayers("bench", "cli")
                    .whereLayer("template")
                    .mayOnlyBeAccessedByLayers("cli")
                    .whereLayer("summary")
                    .mayOnlyBeAccessedByLayers("batch", "cli")
                    .whereLayer("publish")
                    .mayOnlyBeAccessedByLayers("summary", "batch", "bench", "cli")
                    .whereLayer("report")
                    .mayOnlyBeAccessedByLayers("bench", "cli")
                    .whereLayer("evaluate")
                    .mayOnlyBeAccessedByLayers("template", "cli")
                    .whereLayer("project")
                    .mayOnlyBeAccessedByLayers("pipeline", "report", "publish", "batch", "cli")
                    .whereLayer("ingest")
                    .mayOnlyBeAccessedByLayers("batch", "bench", "cli")
                    .whereLayer("pipeline")
                    .mayOnlyBeAccessedByLayers(
                            "ingest",
                            "evaluate",
                            "report",
                            "publish",
                            "summary",
                            "batch",
                            "bench",
                            "cli")
                    // the framework is reference data: the report's and the summary's tables follow
                    // its columns and names
                    .whereLayer("framework")
                    .mayOnlyBeAccessedByLayers(
                            "ingest",
                            "evaluate",
                            "project",
                            "report",
                            "summary",
                            "template",
                            "bench",
                            "cli");

    /**
     * Engines and sub-stages included: every package is a slice (ingest.grid, ingest.xlsx,
     * evaluate.audit …).
     */
    @ArchTest
    static final ArchRule noPackageCycle =
            slices().matching("org.selfeval.(**)").should().beFreeOfCycles();

    /**
     * The engines stand on their own: the streaming reader knows the grid, not the template's sheet
     * readers.
     */
    @ArchTest
    static final ArchRule streamingReaderKnowsOnlyTheGrid =
            classes()
                    .that()
                    .resideInAPackage("org.selfeval.ingest.xlsx..")
                    .should()
                    .onlyDependOnClassesThat()
                    .resideOutsideOfPackage("org.selfeval.ingest");

    /** The Word writer knows WordprocessingML, not the report's sections. */
    @ArchTest
    static final ArchRule wordWriterKnowsNoSection =
            classes()
                    .that()
                    .resideInAPackage("org.selfeval.report.docx..")
                    .should()
                    .onlyDependOnClassesThat()
                    .resideOutsideOfPackage("org.selfeval.report");
}
