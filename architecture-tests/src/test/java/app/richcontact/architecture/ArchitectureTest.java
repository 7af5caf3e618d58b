package app.richcontact.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/** Every architecture rule, over the production classes of every module. */
@AnalyzeClasses(packages = ArchitectureTest.ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    static final String ROOT = "app.richcontact";

    @ArchTest
    static final ArchRule layers_only_depend_inward = HexagonRules.layersOnlyDependInward(ROOT);

    @ArchTest
    static final ArchRule adapters_do_not_depend_on_each_other = HexagonRules.adaptersDoNotDependOnEachOther(ROOT);

    @ArchTest
    static final ArchRule inbound_adapters_use_only_in_ports = HexagonRules.inboundAdaptersUseOnlyInPorts(ROOT);

    @ArchTest
    static final ArchRule domain_and_application_use_no_framework_logging_or_io =
            HexagonRules.coreUsesNoFrameworkLoggingOrIo(ROOT);

    @ArchTest
    static final ArchRule nothing_is_written_to_files_or_databases = HexagonRules.nothingIsPersisted(ROOT);

    @ArchTest
    static final ArchRule personal_data_types_are_final_classes_that_mask_themselves =
            PersonalDataRules.personalDataTypesAreFinalClassesThatMaskThemselves(ROOT);

    @ArchTest
    static final ArchRule only_the_crm_wire_mapping_reveals_personal_data =
            PersonalDataRules.onlyTheCrmWireMappingRevealsPersonalData(ROOT);

    @ArchTest
    static final ArchRule wire_packages_do_not_log = PersonalDataRules.wirePackagesDoNotLog(ROOT);

    @ArchTest
    static final ArchRule only_wire_packages_hold_personal_data_as_text =
            PersonalDataRules.onlyWirePackagesHoldPersonalDataAsText(ROOT);

    @ArchTest
    static final ArchRule only_the_command_line_writes_to_standard_streams =
            HygieneRules.onlyTheCommandLineWritesToStandardStreams(ROOT);

    @ArchTest
    static final ArchRule nobody_uses_java_util_logging = HygieneRules.nobodyUsesJavaUtilLogging(ROOT);

    /** Every rule above, for tests that apply them to other class sets. */
    static List<ArchRule> rules() {
        return List.of(layers_only_depend_inward, adapters_do_not_depend_on_each_other,
                inbound_adapters_use_only_in_ports,
                domain_and_application_use_no_framework_logging_or_io, nothing_is_written_to_files_or_databases,
                personal_data_types_are_final_classes_that_mask_themselves, only_the_crm_wire_mapping_reveals_personal_data,
                wire_packages_do_not_log, only_wire_packages_hold_personal_data_as_text,
                only_the_command_line_writes_to_standard_streams, nobody_uses_java_util_logging);
    }
}
