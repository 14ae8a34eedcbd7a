package org.zhongben.portal.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import jakarta.inject.Inject;
import jakarta.persistence.Entity;
import jakarta.ws.rs.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * Keeps the feature packages apart (STYLE.md habit 1): features use each other only through services and published
 * interfaces, never through entities, repositories or endpoints, and no two features depend on each other in a
 * cycle.
 */
class ArchitectureTest {

    private static final String BASE = "org.zhongben.portal";
    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(BASE);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching(BASE + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void commonDependsOnNoFeature() {
        noClasses().that().resideInAPackage(BASE + ".common..").should().dependOnClassesThat()
                .resideInAnyPackage(featurePackagesExcept("common")).check(classes);
    }

    @Test
    void theCaseFileModelDependsOnlyOnCommon() {
        noClasses().that().resideInAPackage(BASE + ".casefile..").should().dependOnClassesThat()
                .resideInAnyPackage(featurePackagesExcept("casefile", "common")).check(classes);
    }

    @Test
    void entitiesAndRepositoriesStayInsideTheirFeature() {
        classes.stream().filter(ArchitectureTest::isFeatureInternal).forEach(internal -> {
            String feature = featureOf(internal);
            noClasses().that().resideOutsideOfPackage(BASE + "." + feature + "..").should().dependOnClassesThat()
                    .belongToAnyOf(internal.reflect())
                    .because(internal.getSimpleName() + " is internal to the " + feature + " feature")
                    .allowEmptyShould(true).check(classes);
        });
    }

    @Test
    void endpointsAreNotCalledByOtherCode() {
        noClasses().that().areNotAnnotatedWith(Path.class).should().dependOnClassesThat().areAnnotatedWith(Path.class)
                .check(classes);
    }

    @Test
    void endpointsNeverReturnEntities() {
        methods().that().areDeclaredInClassesThat().areAnnotatedWith(Path.class).should(
                new ArchCondition<>("not return a persistence entity") {
                    @Override
                    public void check(com.tngtech.archunit.core.domain.JavaMethod method, ConditionEvents events) {
                        boolean entity = method.getRawReturnType().isAnnotatedWith(Entity.class)
                                || method.getReturnType().getAllInvolvedRawTypes().stream()
                                        .anyMatch(type -> type.isAnnotatedWith(Entity.class));
                        if (entity) {
                            events.add(SimpleConditionEvent.violated(method, method.getFullName() + " returns an entity"));
                        }
                    }
                }).allowEmptyShould(true).check(classes);
    }

    @Test
    void dependenciesAreInjectedThroughConstructors() {
        fields().that().areDeclaredInClassesThat().resideInAPackage(BASE + "..").should().notBeAnnotatedWith(Inject.class)
                .check(classes);
    }

    private static boolean isFeatureInternal(JavaClass type) {
        return type.isAnnotatedWith(Entity.class) || type.getSimpleName().endsWith("Repository");
    }

    private static String featureOf(JavaClass type) {
        String rest = type.getPackageName().substring(BASE.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static String[] featurePackagesExcept(String... allowed) {
        java.util.Set<String> kept = java.util.Set.of(allowed);
        return classes.stream().map(ArchitectureTest::featureOf).distinct().filter(feature -> !kept.contains(feature))
                .map(feature -> BASE + "." + feature + "..").toArray(String[]::new);
    }
}
