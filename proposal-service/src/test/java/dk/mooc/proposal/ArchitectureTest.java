package dk.mooc.proposal;

import dk.mooc.platform.testing.ArchitectureRulesTest;

class ArchitectureTest extends ArchitectureRulesTest {
    @Override
    protected String basePackage() {
        return "dk.mooc.proposal";
    }
}
