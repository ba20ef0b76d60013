package dk.mooc.production;

import dk.mooc.platform.testing.ServiceConventionsTest;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ConventionsTest extends ServiceConventionsTest {
    @Override
    protected String openApiTitle() {
        return "MOOC Programme Platform: Production API";
    }
}
