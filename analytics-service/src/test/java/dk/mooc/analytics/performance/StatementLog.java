package dk.mooc.analytics.performance;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;

/** Registers the platform's statement recorder with this service's persistence unit, for the tests that count. */
@PersistenceUnitExtension
@ApplicationScoped
public class StatementLog extends dk.mooc.platform.testing.StatementLog {
}
