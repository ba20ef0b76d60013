package dk.mooc.review;

import dk.mooc.platform.testing.ArchitectureRulesTest;

class ArchitectureTest extends ArchitectureRulesTest {
    @Override
    protected String basePackage() {
        return "dk.mooc.review";
    }
}
