package app.richcontact.architecture;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Each rule family, run on a fixture that breaks it (test sources, package {@code archfixture}):
 * the rule must report the breaking classes and spare the well-behaved ones.
 */
class RulesBiteTest {

    private static String violationsOf(String fixtureRoot, Function<String, ArchRule> rule) {
        JavaClasses fixture = new ClassFileImporter().importPackages(fixtureRoot);
        return rule.apply(fixtureRoot).evaluate(fixture).getFailureReport().toString();
    }

    @Test
    void layering_reports_inner_layers_reaching_out_the_sandbox_sharing_code_and_classes_in_no_layer() {
        String report = violationsOf("archfixture.layering", HexagonRules::layersOnlyDependInward);
        assertTrue(report.contains("archfixture.layering.domain.Order"), report);
        assertTrue(report.contains("archfixture.layering.adapters.web.Page"), report);
        assertTrue(report.contains("archfixture.layering.sandbox.FakeCrisp"), report);
        assertTrue(report.contains("archfixture.layering.stray.Stray"), report);
        assertFalse(report.contains("PlaceOrder"), report);
    }

    @Test
    void an_adapter_using_another_adapter_is_reported_whatever_their_names() {
        String report = violationsOf("archfixture.adapters", HexagonRules::adaptersDoNotDependOnEachOther);
        assertTrue(report.contains("AlphaAdapter") && report.contains("BetaAdapter"), report);
    }

    @Test
    void io_and_logging_in_the_domain_or_application_are_reported() {
        String report = violationsOf("archfixture.purity", HexagonRules::coreUsesNoFrameworkLoggingOrIo);
        assertTrue(report.contains("archfixture.purity.domain.ReadsFiles"), report);
        assertTrue(report.contains("archfixture.purity.application.LogsThings"), report);
    }

    @Test
    void writing_a_file_is_reported() {
        String report = violationsOf("archfixture.persistence", HexagonRules::nothingIsPersisted);
        assertTrue(report.contains("SavesToDisk") && report.contains("java.nio.file.Files"), report);
    }

    @Test
    void personal_data_types_that_are_records_or_open_classes_without_masking_are_reported() {
        String report = violationsOf("archfixture.personal",
                PersonalDataRules::personalDataTypesAreFinalClassesThatMaskThemselves);
        assertTrue(report.contains("RecordPhone is a record"), report);
        assertTrue(report.contains("OpenEmail does not declare toString()"), report);
        assertTrue(report.contains("OpenEmail") && report.contains("FINAL"), report);
        assertFalse(report.contains("MaskedName"), report);
    }

    @Test
    void revealing_personal_data_outside_the_crm_wire_mapping_is_reported() {
        String report = violationsOf("archfixture.personal", PersonalDataRules::onlyTheCrmWireMappingRevealsPersonalData);
        assertTrue(report.contains("PeekingPage.show"), report);
        assertFalse(report.contains("CrmWireMapping.nickname"), report);
    }

    @Test
    void a_wire_class_that_logs_is_reported() {
        String report = violationsOf("archfixture.personal", PersonalDataRules::wirePackagesDoNotLog);
        assertTrue(report.contains("ChattyWire"), report);
        assertFalse(report.contains("CrmWireMapping"), report);
    }

    @Test
    void a_phone_kept_as_text_outside_the_wire_is_reported() {
        String report = violationsOf("archfixture.personal", PersonalDataRules::onlyWirePackagesHoldPersonalDataAsText);
        assertTrue(report.contains("PeekingPage.phoneNumber"), report);
        assertFalse(report.contains("CrmWireMapping.email"), report);
    }

    @Test
    void printing_to_standard_streams_outside_the_command_line_is_reported() {
        String report = violationsOf("archfixture.hygiene", HygieneRules::onlyTheCommandLineWritesToStandardStreams);
        assertTrue(report.contains("Noisy") && report.contains("System.out") && report.contains("printStackTrace"), report);
        assertFalse(report.contains("CommandLine"), report);
    }

    @Test
    void an_inbound_adapter_reaching_an_out_port_or_the_core_is_reported_and_an_outbound_adapter_is_not() {
        String report = violationsOf("archfixture.inbound", HexagonRules::inboundAdaptersUseOnlyInPorts);
        assertTrue(report.contains("LeakyChatListener") && report.contains("archfixture.inbound.application.Core"), report);
        assertTrue(report.contains("LeakyChatListener") && report.contains("port.out.Answers"), report);
        assertTrue(report.contains("LeakyReader"), report);
        assertFalse(report.contains("adapters.chat.ChatListener"), report);
        assertFalse(report.contains("RestAnswers"), report);
    }

    @Test
    void java_util_logging_is_reported() {
        String report = violationsOf("archfixture.hygiene", HygieneRules::nobodyUsesJavaUtilLogging);
        assertTrue(report.contains("Noisy"), report);
    }

    @Test
    void revealing_personal_data_through_a_method_reference_is_reported() {
        String report = violationsOf("archfixture.personal", PersonalDataRules::onlyTheCrmWireMappingRevealsPersonalData);
        assertTrue(report.contains("ReferencingPage.<init>") && report.contains("MaskedName.revealForCrm"), report);
        assertTrue(report.contains("ReferencingPage.names") && report.contains("PersonalData.revealForCrm"), report);
        assertFalse(report.contains("ReferencingPage.first"), report);
    }

    @Test
    void a_phone_or_email_handed_out_as_text_by_a_method_is_reported() {
        String report = violationsOf("archfixture.personal", PersonalDataRules::onlyWirePackagesHoldPersonalDataAsText);
        assertTrue(report.contains("PhoneBook.phoneOf(java.lang.String)"), report);
        assertTrue(report.contains("PhoneBook.visitorEmail()"), report);
        assertFalse(report.contains("PhoneBook.hasPhone"), report);
        assertFalse(report.contains("CrmWireMapping"), report);
    }

    @Test
    void bootstrap_code_other_than_the_command_line_entry_point_printing_is_reported() {
        String report = violationsOf("archfixture.hygiene", HygieneRules::onlyTheCommandLineWritesToStandardStreams);
        assertTrue(report.contains("archfixture.hygiene.bootstrap.Wiring") && report.contains("System.out"), report);
        assertFalse(report.contains("<archfixture.hygiene.bootstrap.Main."), report);
    }
}
