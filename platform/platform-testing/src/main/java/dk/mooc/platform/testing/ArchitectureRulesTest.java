package dk.mooc.platform.testing;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The layout rules every service follows (see docs/architecture.md). A service runs them with a subclass
 * that names its base package; plain JUnit, no application start.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ArchitectureRulesTest {

    private JavaClasses classes;

    /** e.g. {@code dk.mooc.proposal} */
    protected abstract String basePackage();

    /** Imported once per class: scanning the classpath is the slow part. */
    @BeforeAll
    void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(basePackage(), "dk.mooc.platform");
    }

    @Test
    void resourcesDoNotReachIntoRepositories() {
        noClasses().that().resideInAPackage(basePackage() + ".rest..")
                .should().dependOnClassesThat().resideInAPackage(basePackage() + ".repository..")
                .because("HTTP code maps and delegates; use cases live in the service layer")
                .check(classes);
    }

    @Test
    void nothingButTheOutboxRelaySendsToKafka() {
        noClasses().that().resideOutsideOfPackages("dk.mooc.platform.events..", "dk.mooc.platform.testing..")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.eclipse.microprofile.reactive.messaging.Emitter")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("io.smallrye.reactive.messaging.MutinyEmitter")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.apache.kafka.clients.producer.KafkaProducer")
                .because("events are written to the outbox in the business transaction, never sent directly (no dual writes)")
                .check(classes);
    }

    @Test
    void thePlatformKnowsNoDomain() {
        noClasses().that().resideInAPackage("dk.mooc.platform..")
                .should().dependOnClassesThat().resideInAnyPackage("dk.mooc.proposal..", "dk.mooc.review..",
                        "dk.mooc.production..", "dk.mooc.analytics..")
                .because("the shared library holds mechanisms only")
                .check(classes);
    }

    @Test
    void entitiesDoNotDependOnTheWebLayer() {
        noClasses().that().resideInAPackage(basePackage())
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", basePackage() + ".rest..")
                .because("the aggregates and their state machines are plain domain code")
                .check(classes);
    }
}
