package app.richcontact.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ModuleGraphTest {

    /** The compiled descriptors of every module of ours on the test class path. */
    private static List<ModuleDescriptor> ourModules() throws IOException {
        List<ModuleDescriptor> modules = new ArrayList<>();
        ClassLoader loader = ModuleGraphTest.class.getClassLoader();
        for (var url : java.util.Collections.list(loader.getResources("module-info.class"))) {
            try (InputStream in = url.openStream()) {
                ModuleDescriptor descriptor = ModuleDescriptor.read(in);
                if (descriptor.name().startsWith(ModuleGraph.PREFIX)) {
                    modules.add(descriptor);
                }
            }
        }
        return modules;
    }

    @Test
    void every_module_but_the_architecture_tests_has_a_descriptor_named_after_it() throws IOException {
        Set<String> names = ourModules().stream().map(ModuleDescriptor::name).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(Set.of("app.richcontact.domain", "app.richcontact.application", ModuleGraph.EVENTS,
                ModuleGraph.EVENTS_JACKSON,
                "app.richcontact.adapters.crisprest", "app.richcontact.adapters.crisprtm", "app.richcontact.adapters.kubernetes",
                "app.richcontact.adapters.web",
                "app.richcontact.sandbox", "app.richcontact.bootstrap", "app.richcontact.sandboxmode", ModuleGraph.PROBE)),
                names);
    }

    @Test
    void the_real_module_graph_keeps_every_rule() throws IOException {
        assertEquals(List.of(), ModuleGraph.violations(ourModules()));
    }

    @Test
    void crisp_events_jackson_requiring_more_than_the_reader_and_jackson_is_reported() {
        ModuleDescriptor view = ModuleDescriptor.newModule(ModuleGraph.EVENTS_JACKSON).requires(ModuleGraph.EVENTS)
                .requires(ModuleGraph.JACKSON).requires("org.slf4j").build();
        assertTrue(ModuleGraph.violations(List.of(view)).get(0).contains("may require only Crisp's event reader and Jackson"));
    }

    @Test
    void a_domain_with_a_dependency_is_reported() {
        ModuleDescriptor domain = ModuleDescriptor.newModule(ModuleGraph.DOMAIN).requires("org.slf4j").build();
        assertTrue(ModuleGraph.violations(List.of(domain)).get(0).contains("may require only java.base"));
    }

    @Test
    void an_application_requiring_more_than_the_domain_is_reported() {
        ModuleDescriptor application = ModuleDescriptor.newModule(ModuleGraph.APPLICATION)
                .requires(ModuleGraph.DOMAIN).requires("io.javalin").build();
        assertTrue(ModuleGraph.violations(List.of(application)).get(0).contains("may require only the domain"));
    }

    @Test
    void crisp_events_requiring_a_json_library_or_an_adapter_is_reported() {
        ModuleDescriptor events = ModuleDescriptor.newModule(ModuleGraph.EVENTS)
                .requires(ModuleGraph.APPLICATION).requires("org.json").requires("app.richcontact.adapters.web").build();
        List<String> violations = ModuleGraph.violations(List.of(events));
        assertEquals(2, violations.size(), violations::toString);
        assertTrue(violations.get(0).contains("may require only the application and the domain"), violations::toString);
        assertTrue(violations.get(1).contains("only bootstrap may require adapters"), violations::toString);
    }

    @Test
    void an_adapter_requiring_another_adapter_is_reported() {
        ModuleDescriptor adapter = ModuleDescriptor.newModule("app.richcontact.adapters.queue")
                .requires(ModuleGraph.APPLICATION).requires("app.richcontact.adapters.web").build();
        assertEquals(List.of("app.richcontact.adapters.queue requires app.richcontact.adapters.web but only bootstrap "
                + "may require adapters"), ModuleGraph.violations(List.of(adapter)));
    }

    @Test
    void an_adapter_that_bypasses_the_application_is_reported() {
        ModuleDescriptor adapter = ModuleDescriptor.newModule("app.richcontact.adapters.queue")
                .requires(ModuleGraph.DOMAIN).build();
        assertTrue(ModuleGraph.violations(List.of(adapter)).get(0).contains("does not require the application"));
    }

    @Test
    void a_sandbox_sharing_our_code_is_reported() {
        ModuleDescriptor sandbox = ModuleDescriptor.newModule(ModuleGraph.SANDBOX).requires(ModuleGraph.DOMAIN).build();
        assertTrue(ModuleGraph.violations(List.of(sandbox)).get(0).contains("may require none of ours"));
    }

    @Test
    void an_exported_wire_package_is_reported() {
        ModuleDescriptor adapter = ModuleDescriptor.newModule("app.richcontact.adapters.crm")
                .requires(ModuleGraph.APPLICATION).exports("app.richcontact.adapters.crm.wire").build();
        assertTrue(ModuleGraph.violations(List.of(adapter)).get(0).contains("exports its wire package"));
    }

    @Test
    void bootstrap_may_require_every_adapter() {
        ModuleDescriptor bootstrap = ModuleDescriptor.newModule(ModuleGraph.BOOTSTRAP)
                .requires(ModuleGraph.APPLICATION).requires("app.richcontact.adapters.web").build();
        assertEquals(List.of(), ModuleGraph.violations(List.of(bootstrap)));
    }

    @Test
    void bootstrap_requiring_the_emulator_is_reported_so_production_never_ships_it() {
        ModuleDescriptor bootstrap = ModuleDescriptor.newModule(ModuleGraph.BOOTSTRAP)
                .requires(ModuleGraph.APPLICATION).requires(ModuleGraph.SANDBOX).build();
        assertEquals(List.of("app.richcontact.bootstrap requires app.richcontact.sandbox but only the sandbox run "
                + "mode may require bootstrap and the emulator"), ModuleGraph.violations(List.of(bootstrap)));
    }

    @Test
    void the_sandbox_run_mode_may_require_bootstrap_and_the_emulator_but_no_adapter() {
        ModuleDescriptor mode = ModuleDescriptor.newModule(ModuleGraph.SANDBOX_MODE)
                .requires(ModuleGraph.BOOTSTRAP).requires(ModuleGraph.SANDBOX).build();
        assertEquals(List.of(), ModuleGraph.violations(List.of(mode)));
        ModuleDescriptor reaching = ModuleDescriptor.newModule(ModuleGraph.SANDBOX_MODE)
                .requires(ModuleGraph.BOOTSTRAP).requires("app.richcontact.adapters.web").build();
        assertEquals(1, ModuleGraph.violations(List.of(reaching)).size());
    }

    @Test
    void the_probe_may_require_bootstrap_and_the_rest_adapter_but_neither_the_emulator_nor_another_adapter() {
        ModuleDescriptor probe = ModuleDescriptor.newModule(ModuleGraph.PROBE)
                .requires(ModuleGraph.BOOTSTRAP).requires(ModuleGraph.REST_ADAPTER).build();
        assertEquals(List.of(), ModuleGraph.violations(List.of(probe)));
        ModuleDescriptor reaching = ModuleDescriptor.newModule(ModuleGraph.PROBE).requires(ModuleGraph.BOOTSTRAP)
                .requires(ModuleGraph.SANDBOX).requires("app.richcontact.adapters.crisprtm").build();
        assertEquals(2, ModuleGraph.violations(List.of(reaching)).size(), ModuleGraph.violations(List.of(reaching))::toString);
    }
}
