package app.richcontact.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The rules are generic: an adapter added under {@code app.richcontact.adapters} is checked by
 * every one of them without editing any. Shown with two fixture adapters in the test sources.
 */
class NewAdapterTest {

    /** The production classes of every module, plus one fixture package from the test sources. */
    private static JavaClasses productionWith(String fixturePackage) {
        String fixturePath = "/" + fixturePackage.replace('.', '/') + "/";
        return new ClassFileImporter()
                .withImportOption(location -> !location.contains("/test-classes/") || location.contains(fixturePath))
                .importPackages(ArchitectureTest.ROOT);
    }

    private static List<String> brokenRules(JavaClasses classes) {
        return ArchitectureTest.rules().stream()
                .filter(rule -> rule.evaluate(classes).hasViolation())
                .map(ArchRule::getDescription)
                .collect(Collectors.toList());
    }

    @Test
    void a_new_inbound_adapter_that_only_calls_in_ports_passes_every_rule() {
        JavaClasses classes = productionWith("app.richcontact.adapters.fixturequeue");
        assertTrue(classes.contain("app.richcontact.adapters.fixturequeue.QueueEventListener"));
        assertEquals(List.of(), brokenRules(classes));
    }

    @Test
    void a_new_adapter_that_uses_another_adapter_is_caught_by_the_existing_rules() {
        JavaClasses classes = productionWith("app.richcontact.adapters.fixturerogue");
        List<String> broken = brokenRules(classes);
        assertEquals(1, broken.size(), broken::toString);
        assertTrue(broken.get(0).contains("should not depend on each other"), broken::toString);
        String report = HexagonRules.adaptersDoNotDependOnEachOther(ArchitectureTest.ROOT).evaluate(classes)
                .getFailureReport().toString();
        assertTrue(report.contains("RogueAdapter") && report.contains("RealtimeEndpoints"), report);
    }

    @Test
    void a_new_inbound_adapter_that_reaches_past_the_in_ports_is_caught_by_the_inbound_rule_alone() {
        JavaClasses classes = productionWith("app.richcontact.adapters.fixtureleak");
        assertEquals(List.of(ArchitectureTest.inbound_adapters_use_only_in_ports.getDescription()), brokenRules(classes));
        String report = ArchitectureTest.inbound_adapters_use_only_in_ports.evaluate(classes).getFailureReport().toString();
        assertTrue(report.contains("LeakyListener") && report.contains("RichContactCore")
                && report.contains("OutboundFailure"), report);
    }
}
