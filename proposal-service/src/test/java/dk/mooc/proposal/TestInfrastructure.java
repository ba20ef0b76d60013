package dk.mooc.proposal;

import dk.mooc.platform.testing.KafkaResource;
import dk.mooc.platform.testing.TestTokens;
import dk.mooc.platform.testing.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/**
 * A real PostgreSQL and a real Kafka broker, started once for all tests of this module, and locally validated
 * signed bearer tokens for tests in which several people act.
 */
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "database", value = "proposal"))
@QuarkusTestResource(value = KafkaResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = TestTokens.class, restrictToAnnotatedClass = false)
public final class TestInfrastructure {
    private TestInfrastructure() {
    }
}
