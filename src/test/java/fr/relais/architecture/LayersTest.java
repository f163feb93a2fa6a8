package fr.relais.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import fr.relais.application.AccessDeniedException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shape docs/architecture.md describes, checked on the compiled classes: arrows run down only,
 * the application's implementations are reached through its interfaces, the application holds no
 * SQL, and refusals are decided in one place.
 */
class LayersTest {

  private static JavaClasses relais;

  @BeforeAll
  static void importRelais() {
    relais =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("fr.relais");
  }

  @Test
  void arrowsRunDownOnly() {
    layeredArchitecture()
        .consideringOnlyDependenciesInAnyPackage("fr.relais..")
        .layer("domain")
        .definedBy("fr.relais.domain..")
        .layer("application")
        .definedBy("fr.relais.application..")
        .layer("infrastructure")
        .definedBy("fr.relais.infrastructure..")
        .layer("interfaces")
        .definedBy("fr.relais.interfaces..")
        .whereLayer("interfaces")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("infrastructure")
        .mayOnlyBeAccessedByLayers("interfaces")
        .whereLayer("application")
        .mayOnlyBeAccessedByLayers("infrastructure", "interfaces")
        .check(relais);
  }

  @Test
  void theDomainUsesNoFrameworkButJpa() {
    noClasses()
        .that()
        .resideInAPackage("fr.relais.domain..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "jakarta.ws.rs..",
            "jakarta.faces..",
            "jakarta.servlet..",
            "jakarta.enterprise..",
            "jakarta.inject..",
            "jakarta.transaction..",
            "org.hibernate..",
            "org.primefaces..")
        .check(relais);
  }

  @Test
  void implementationsAreReachedThroughTheirInterfaces() {
    noClasses()
        .that()
        .resideOutsideOfPackage("fr.relais.application..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("fr.relais.application..internal..")
        .check(relais);
  }

  @Test
  void theApplicationHoldsNoSql() {
    noClasses()
        .that()
        .resideInAPackage("fr.relais.application..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("jakarta.persistence..", "java.sql..", "javax.sql..")
        .check(relais);
  }

  @Test
  void onlyTheAccessPolicyRefuses() {
    noClasses()
        .that()
        .resideOutsideOfPackage("fr.relais.application.access..")
        .and()
        .areNotAssignableTo(AccessDeniedException.class)
        .should()
        .callConstructorWhere(
            JavaCall.Predicates.target(
                HasOwner.Predicates.With.owner(assignableTo(AccessDeniedException.class))))
        .check(relais);
  }
}
