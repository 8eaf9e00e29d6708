package dk.valghalla.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The real code keeps every rule; the bad fixture breaks every rule, which proves that each rule bites. */
class ArchitectureTest {
    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dk.valghalla");
    private static final JavaClasses BAD_FIXTURE = new ClassFileImporter().importPackages("dk.valghalla.archfixture");

    @Test
    void theProductionImportSeesEveryModule() {
        for (String pkg : new String[]{"dk.valghalla.domain", "dk.valghalla.application", "dk.valghalla.adapter.persistence",
                "dk.valghalla.adapter.rest", "dk.valghalla.adapter.identity", "dk.valghalla.adapter.cpr",
                "dk.valghalla.adapter.scheduler",
                "dk.valghalla.bootstrap"}) {
            assertThat(PRODUCTION.containPackage(pkg)).as(pkg).isTrue();
        }
        assertThat(PRODUCTION.stream().noneMatch(c -> c.getPackageName().startsWith("dk.valghalla.archfixture"))).isTrue();
    }

    @TestFactory
    Stream<DynamicTest> theCodeKeepsTheRule() {
        return ValghallaArchitecture.rules("dk.valghalla").entrySet().stream()
                .map(e -> DynamicTest.dynamicTest(e.getKey(), () -> e.getValue().check(PRODUCTION)));
    }

    @TestFactory
    Stream<DynamicTest> theBadFixtureBreaksTheRule() {
        return ValghallaArchitecture.rules("dk.valghalla.archfixture").entrySet().stream()
                .map(e -> DynamicTest.dynamicTest(e.getKey(), () -> assertViolated(e.getValue())));
    }

    private static void assertViolated(ArchRule rule) {
        assertThatThrownBy(() -> rule.check(BAD_FIXTURE))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("was violated");
    }
}
