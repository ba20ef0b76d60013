package dk.mooc.analytics;

import dk.mooc.platform.testing.KafkaResource;
import dk.mooc.platform.testing.PostgresResource;
import dk.mooc.platform.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** A real PostgreSQL and a real Kafka broker, started once for all tests of this module; locally validated test tokens. */
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "database", value = "analytics"))
@QuarkusTestResource(value = KafkaResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = TestTokens.class, restrictToAnnotatedClass = false)
public final class TestInfrastructure {
    private TestInfrastructure() {
    }
}
