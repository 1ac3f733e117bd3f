package org.jxlint.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.jxlint.check.Check;
import org.jxlint.check.LintRule;

/**
 * Data flows one way: files → ingest → model → checks → report, with the CLI on top; the web page
 * ({@code serve}) is another face of the report, started by the CLI, which hands it the checking.
 */
@AnalyzeClasses(packages = "org.jxlint", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
      .layer("cli").definedBy("org.jxlint.cli..")
      .layer("serve").definedBy("org.jxlint.serve..")
      .layer("report").definedBy("org.jxlint.report..")
      .layer("check").definedBy("org.jxlint.check..")
      .layer("ingest").definedBy("org.jxlint.ingest..")
      .layer("config").definedBy("org.jxlint.config..")
      .layer("text").definedBy("org.jxlint.text..")
      .layer("nlp").definedBy("org.jxlint.nlp..")
      .layer("i18n").definedBy("org.jxlint.i18n..")
      .layer("model").definedBy("org.jxlint.model..")
      .whereLayer("cli").mayNotBeAccessedByAnyLayer()
      .whereLayer("serve").mayOnlyBeAccessedByLayers("cli")
      .whereLayer("report").mayOnlyBeAccessedByLayers("cli", "serve")
      .whereLayer("ingest").mayOnlyBeAccessedByLayers("cli")
      .whereLayer("check").mayOnlyBeAccessedByLayers("cli", "report", "serve")
      .whereLayer("config").mayOnlyBeAccessedByLayers("cli", "check", "ingest")
      // config looks dimension labels up in Simplified script (產出指標), through nlp's converter.
      .whereLayer("nlp").mayOnlyBeAccessedByLayers("check", "ingest", "config")
      .whereLayer("i18n").mayOnlyBeAccessedByLayers("cli", "report", "serve");

  @ArchTest
  static final ArchRule model_is_plain_data = noClasses().that()
      .resideInAPackage("org.jxlint.model..").should().dependOnClassesThat()
      .resideOutsideOfPackages("org.jxlint.model..", "java..");

  @ArchTest
  static final ArchRule only_the_adapter_touches_hanlp = noClasses().that()
      .resideOutsideOfPackage("org.jxlint.nlp..").should().dependOnClassesThat()
      .resideInAPackage("com.hankcs..");

  @ArchTest
  static final ArchRule checks_do_no_io_and_never_print = noClasses().that()
      .resideInAPackage("org.jxlint.check..").should().dependOnClassesThat(
          com.tngtech.archunit.base.DescribedPredicate.describe("do I/O or format messages",
              (com.tngtech.archunit.core.domain.JavaClass c) -> !c.isEquivalentTo(
                  java.io.Serializable.class) // a marker: findings can be held on disk by the CLI
                  && (c.getPackageName().startsWith("java.io")
                      || c.getPackageName().startsWith("java.nio.file")
                      || c.getPackageName().startsWith("org.jxlint.i18n"))))
      .orShould().accessField(System.class, "out").orShould().accessField(System.class, "err");

  @ArchTest
  static final ArchRule every_check_carries_its_annotation = classes().that()
      .implement(Check.class).should().beAnnotatedWith(LintRule.class);

  @ArchTest
  static final ArchRule only_main_exits = noClasses().that().doNotHaveSimpleName("Main")
      .should().callMethod(System.class, "exit", int.class);

  /**
   * One rule, one severity: a check does not set a finding's severity. The two left are split
   * only once the defect scorer extends its literal annotation ids and past-the-cut set by
   * aliases (issue 22); until then a split would cost the seeds' recall and the corpus' precision.
   */
  @ArchTest
  static final ArchRule no_severity_per_finding = noClasses().that()
      .resideInAPackage("org.jxlint.check.rules..")
      .and().doNotHaveSimpleName("MissingDimensionCheck")
      .and().doNotHaveSimpleName("MisplacedDimensionCheck")
      .should().callMethod(org.jxlint.check.CheckContext.FindingBuilder.class, "severity",
          org.jxlint.check.Severity.class);
}
