package dk.mooc.production;

import dk.mooc.platform.testing.ArchitectureRulesTest;

class ArchitectureTest extends ArchitectureRulesTest {
    @Override
    protected String basePackage() {
        return "dk.mooc.production";
    }
}
