package app.richcontact.architecture;

import java.lang.module.ModuleDescriptor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules of the JPMS module graph, as a pure function of the descriptors: the domain requires
 * only java.base, the application only the domain, adapters never each other, only bootstrap
 * requires adapters, only the sandbox run mode requires the emulator (and bootstrap), the operators'
 * probe only bootstrap and the REST adapter (whose settings it names), the emulator none of ours,
 * Crisp's event reader only the application (so no JSON library), its Jackson view only the reader
 * and Jackson, and no module exports a wire package.
 */
final class ModuleGraph {

    static final String PREFIX = "app.richcontact.";
    static final String DOMAIN = PREFIX + "domain";
    static final String APPLICATION = PREFIX + "application";
    static final String SANDBOX = PREFIX + "sandbox";
    static final String BOOTSTRAP = PREFIX + "bootstrap";
    static final String SANDBOX_MODE = PREFIX + "sandboxmode";
    static final String PROBE = PREFIX + "probe";
    static final String REST_ADAPTER = PREFIX + "adapters.crisprest";
    static final String ADAPTERS = PREFIX + "adapters.";
    static final String EVENTS = PREFIX + "crispevents";
    static final String EVENTS_JACKSON = EVENTS + ".jackson";
    static final String JACKSON = "com.fasterxml.jackson.databind";

    private ModuleGraph() {
    }

    static List<String> violations(Collection<ModuleDescriptor> modules) {
        List<String> violations = new ArrayList<>();
        for (ModuleDescriptor module : modules) {
            String name = module.name();
            Set<String> ours = module.requires().stream().map(ModuleDescriptor.Requires::name)
                    .filter(required -> required.startsWith(PREFIX)).collect(Collectors.toSet());
            Set<String> all = module.requires().stream().map(ModuleDescriptor.Requires::name).collect(Collectors.toSet());
            if (name.equals(DOMAIN) && !Set.of("java.base").containsAll(all)) {
                violations.add(name + " requires " + all + " but may require only java.base");
            }
            if (name.equals(APPLICATION) && !Set.of("java.base", DOMAIN).containsAll(all)) {
                violations.add(name + " requires " + all + " but may require only the domain");
            }
            if (name.equals(EVENTS) && !Set.of("java.base", APPLICATION, DOMAIN).containsAll(all)) {
                violations.add(name + " requires " + all + " but may require only the application and the domain");
            }
            if (name.equals(EVENTS_JACKSON) && !Set.of("java.base", EVENTS, JACKSON).containsAll(all)) {
                violations.add(name + " requires " + all + " but may require only Crisp's event reader and Jackson");
            }
            if (name.equals(SANDBOX) && !ours.isEmpty()) {
                violations.add(name + " requires " + ours + " but plays Crisp and may require none of ours");
            }
            if (!name.equals(BOOTSTRAP)) {
                ours.stream().filter(required -> required.startsWith(ADAPTERS))
                        .filter(required -> !(name.equals(PROBE) && required.equals(REST_ADAPTER)))
                        .forEach(required -> violations.add(name + " requires " + required
                                + " but only bootstrap may require adapters"));
            }
            if (!name.equals(SANDBOX_MODE)) {
                ours.stream().filter(required -> required.equals(SANDBOX) || required.equals(BOOTSTRAP))
                        .filter(required -> !(name.equals(PROBE) && required.equals(BOOTSTRAP)))
                        .forEach(required -> violations.add(name + " requires " + required
                                + " but only the sandbox run mode may require bootstrap and the emulator"));
            }
            if (name.startsWith(ADAPTERS) && !ours.contains(APPLICATION)) {
                violations.add(name + " is an adapter but does not require the application");
            }
            module.exports().stream().map(ModuleDescriptor.Exports::source)
                    .filter(exported -> exported.endsWith(".wire") || exported.contains(".wire."))
                    .forEach(exported -> violations.add(name + " exports its wire package " + exported));
        }
        return violations;
    }
}
