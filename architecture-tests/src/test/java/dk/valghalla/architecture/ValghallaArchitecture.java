package dk.valghalla.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.transaction.Transactional;

import java.util.LinkedHashMap;
import java.util.Map;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The architecture rules, written against a root package so that they can be run against the real code
 * ({@code dk.valghalla}) and against a deliberately bad fixture that must break every one of them.
 */
final class ValghallaArchitecture {
    private ValghallaArchitecture() {
    }

    /** Every rule by name. ArchUnit fails a rule whose "that" part matches nothing, so none can pass vacuously. */
    static Map<String, ArchRule> rules(String root) {
        Map<String, ArchRule> rules = new LinkedHashMap<>();
        rules.put("domain depends on java only", classes().that().resideInAPackage(root + ".domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", root + ".domain..")
                .because("the domain is plain Java: no framework, no outside world"));
        rules.put("application depends on domain and the allowed jakarta APIs only",
                classes().that().resideInAPackage(root + ".application..")
                        .should().onlyDependOnClassesThat().resideInAnyPackage("java..", root + ".domain..",
                                root + ".application..", "jakarta.inject..", "jakarta.enterprise.context..",
                                "jakarta.transaction..")
                        .because("use cases know the domain and their ports, not the technology behind them"));
        rules.put("adapters use ports, never services", noClasses().that().resideInAPackage(root + ".adapter..")
                .should().dependOnClassesThat().resideInAPackage(root + ".application..service..")
                .because("an adapter drives or implements a port; the service behind a port can change freely"));
        rules.put("adapters are independent of each other", slices().matching(root + ".adapter.(*)..")
                .should().notDependOnEachOther()
                .because("each adapter can be replaced on its own"));
        rules.put("outgoing ports never use incoming port types", noClasses().that().resideInAPackage("..port.out..")
                .should().dependOnClassesThat().resideInAPackage("..port.in..")
                .because("what the application needs from outside is stated in domain terms, not in terms of its callers"));
        rules.put("nothing depends on bootstrap", noClasses().that().resideOutsideOfPackage(root + ".bootstrap..")
                .and().resideInAPackage(root + "..")
                .should().dependOnClassesThat().resideInAPackage(root + ".bootstrap..")
                .because("bootstrap only wires and configures"));
        rules.put("use cases are interfaces in port.in", classes().that().haveSimpleNameEndingWith("UseCase")
                .and().resideInAPackage(root + "..")
                .should().resideInAPackage("..application..port.in..").andShould().beInterfaces());
        rules.put("resources live in the REST adapter", classes().that().haveSimpleNameEndingWith("Resource")
                .and().resideInAPackage(root + "..").and().areTopLevelClasses()
                .should().resideInAPackage(root + ".adapter.rest.."));
        rules.put("JAX-RS endpoints are resources", classes().that().areAnnotatedWith("jakarta.ws.rs.Path")
                .and().resideInAPackage(root + "..")
                .should().haveSimpleNameEndingWith("Resource").andShould().resideInAPackage(root + ".adapter.rest.."));
        rules.put("entities live in the persistence adapter", classes().that().haveSimpleNameEndingWith("Entity")
                .and().resideInAPackage(root + "..").and().areTopLevelClasses()
                .should().resideInAPackage(root + ".adapter.persistence..")
                .andShould().beAnnotatedWith("jakarta.persistence.Entity"));
        rules.put("JPA entities are named *Entity", classes().that().areAnnotatedWith("jakarta.persistence.Entity")
                .and().resideInAPackage(root + "..")
                .should().haveSimpleNameEndingWith("Entity").andShould().resideInAPackage(root + ".adapter.persistence.."));
        rules.put("use cases declare their transaction", classes()
                .that().resideInAPackage(root + ".application..service..").and(IMPLEMENT_A_USE_CASE)
                .should(RUN_USE_CASE_METHODS_IN_A_TRANSACTION)
                .because("a transaction per use case binds its database session to the current tenant and commits "
                        + "the change and its audit entry together; SUPPORTS silently reuses whatever session exists"));
        rules.put("domain contexts are free of cycles", slices().matching(root + ".domain.(*)..").should().beFreeOfCycles());
        rules.put("application contexts are free of cycles",
                slices().matching(root + ".application.(*)..").should().beFreeOfCycles());
        return rules;
    }

    static boolean isUseCase(JavaClass c) {
        return c.getSimpleName().endsWith("UseCase");
    }

    private static final DescribedPredicate<JavaClass> IMPLEMENT_A_USE_CASE = DescribedPredicate.describe(
            "implement a use case", c -> c.getAllRawInterfaces().stream().anyMatch(ValghallaArchitecture::isUseCase));

    private static final ArchCondition<JavaClass> RUN_USE_CASE_METHODS_IN_A_TRANSACTION =
            new ArchCondition<>("declare REQUIRED or REQUIRES_NEW on every use-case method "
                    + "(NOT_SUPPORTED for use cases that never touch a tenant's data)") {
                @Override
                public void check(JavaClass service, ConditionEvents events) {
                    service.getAllRawInterfaces().stream().filter(ValghallaArchitecture::isUseCase)
                            .flatMap(i -> i.getMethods().stream())
                            .forEach(m -> checkImplementation(service, m, events));
                }

                private void checkImplementation(JavaClass service, JavaMethod useCaseMethod, ConditionEvents events) {
                    service.tryGetMethod(useCaseMethod.getName(), useCaseMethod.getRawParameterTypes().stream()
                                    .map(JavaClass::getName).toArray(String[]::new))
                            .ifPresent(impl -> {
                                Transactional.TxType type = impl.tryGetAnnotationOfType(Transactional.class)
                                        .map(Transactional::value).orElse(null);
                                boolean ok = type == Transactional.TxType.REQUIRED || type == Transactional.TxType.REQUIRES_NEW
                                        || type == Transactional.TxType.NOT_SUPPORTED;
                                events.add(new SimpleConditionEvent(impl, ok, impl.getFullName()
                                        + (type == null ? " has no @Transactional" : " runs with TxType." + type)));
                            });
                }
            };
}
