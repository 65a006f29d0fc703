package dev.rotor.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The core stays pure: no I/O, no database, no adapters, no util packages. */
class CoreArchitectureTest {

  private static final JavaClasses CORE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.rotor");

  @Test
  void core_doesNotDoIo() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("java.io..", "java.nio.file..", "java.sql..", "java.net..")
        .because("rotor-core is pure: I/O belongs to rotor-store and rotor-app")
        .check(CORE);
  }

  @Test
  void core_doesNotKnowItsAdapters() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.rotor.store..", "dev.rotor.imports..", "dev.rotor.cli..")
        .check(CORE);
  }

  @Test
  void packages_areNamedAfterDomainNouns() {
    noClasses()
        .should()
        .resideInAnyPackage("..util..", "..utils..", "..helpers..", "..common..", "..impl..")
        .check(CORE);
  }
}
