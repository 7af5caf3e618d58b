package app.richcontact.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The hexagon's dependency rules, for any root package: the real code is checked under
 * {@code app.richcontact}, and each rule is shown to bite on a fixture under a root of its own.
 * Every package below {@code <root>.adapters} is an adapter, whatever its name, and an inbound one
 * unless it is listed in {@link #OUTBOUND_ADAPTERS}; {@code <root>.crispevents}, Crisp's event
 * reader, is a layer of its own that only inbound adapters use.
 */
final class HexagonRules {

    static final String[] FRAMEWORKS_LOGGING_AND_IO = {
        "java.io..", "java.nio.file..", "java.nio.channels..", "java.net..", "java.sql..", "javax..",
        "java.util.logging..", "java.rmi..", "org.slf4j..", "ch.qos..", "io.javalin..", "org.eclipse..",
        "com.fasterxml..", "io.socket..", "okhttp3..", "org.json..", "dev.failsafe..", "io.fabric8..", "tools.jackson.."};

    /** The adapters that implement out-ports (Crisp's REST API); a new adapter is inbound unless named here. */
    static final String[] OUTBOUND_ADAPTERS = {"crisprest"};

    private HexagonRules() {
    }

    private static DescribedPredicate<JavaClass> outboundAdapters(String root) {
        String[] packages = new String[OUTBOUND_ADAPTERS.length];
        for (int i = 0; i < packages.length; i++) {
            packages[i] = root + ".adapters." + OUTBOUND_ADAPTERS[i] + "..";
        }
        return resideInAnyPackage(packages).as("outbound adapters");
    }

    private static DescribedPredicate<JavaClass> inboundAdapters(String root) {
        return resideInAPackage(root + ".adapters..").and(not(outboundAdapters(root))).as("inbound adapters");
    }

    static ArchRule layersOnlyDependInward(String root) {
        return layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .ensureAllClassesAreContainedInArchitecture()
                .layer("Domain").definedBy(root + ".domain..")
                .layer("Application").definedBy(root + ".application..")
                .layer("Inbound adapters").definedBy(inboundAdapters(root))
                .layer("Outbound adapters").definedBy(outboundAdapters(root))
                .layer("Crisp events").definedBy(root + ".crispevents..")
                .layer("Bootstrap").definedBy(root + ".bootstrap..")
                .layer("Sandbox").definedBy(root + ".sandbox..")
                .layer("SandboxMode").definedBy(root + ".sandboxmode..")
                .layer("Probe").definedBy(root + ".probe..")
                .whereLayer("Domain").mayNotAccessAnyLayer()
                .whereLayer("Application").mayOnlyAccessLayers("Domain")
                // Adapters meeting each other is the slice rule's to report, once.
                .whereLayer("Inbound adapters").mayOnlyAccessLayers("Crisp events", "Application", "Domain",
                        "Outbound adapters")
                .whereLayer("Outbound adapters").mayOnlyAccessLayers("Application", "Domain", "Inbound adapters")
                .whereLayer("Crisp events").mayOnlyAccessLayers("Application", "Domain")
                .whereLayer("Crisp events").mayOnlyBeAccessedByLayers("Inbound adapters")
                .whereLayer("Sandbox").mayNotAccessAnyLayer()
                .whereLayer("Bootstrap").mayOnlyBeAccessedByLayers("SandboxMode", "Probe")
                .whereLayer("SandboxMode").mayNotBeAccessedByAnyLayer()
                .whereLayer("Probe").mayOnlyAccessLayers("Bootstrap", "Outbound adapters", "Application", "Domain")
                .whereLayer("Probe").mayNotBeAccessedByAnyLayer()
                .because("the domain depends on nothing, the application only on the domain, adapters only "
                        + "on the core (inbound ones also on Crisp's event reader), the sandbox plays Crisp and "
                        + "shares no code, only bootstrap sees all, only the sandbox run mode puts bootstrap "
                        + "next to the emulator, and the operators' probe reads the plugin's configuration but "
                        + "never meets the emulator");
    }

    static ArchRule adaptersDoNotDependOnEachOther(String root) {
        return slices().matching(root + ".adapters.(*)..").namingSlices("adapter $1")
                .should().notDependOnEachOther()
                .because("each adapter talks to one technology and meets the others only through the core's ports");
    }

    static ArchRule inboundAdaptersUseOnlyInPorts(String root) {
        return noClasses().that(inboundAdapters(root).or(resideInAPackage(root + ".crispevents.."))
                        .as("are inbound adapters or Crisp's event reader"))
                .should().dependOnClassesThat(resideInAPackage(root + ".application..")
                        .and(not(resideInAPackage(root + ".application.port.in..")))
                        .as("are in the application outside its in-ports"))
                .because("an inbound adapter turns its input into in-port calls with domain values: the out-ports, "
                        + "the services and the core that builds them are for outbound adapters and bootstrap");
    }

    static ArchRule coreUsesNoFrameworkLoggingOrIo(String root) {
        return noClasses().that().resideInAnyPackage(root + ".domain..", root + ".application..")
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS_LOGGING_AND_IO)
                .because("domain and application are plain Java: outcomes are values or out-port calls, "
                        + "never log lines, sockets or files");
    }

    static ArchRule nothingIsPersisted(String root) {
        return noClasses().that().resideInAPackage(root + "..")
                .should().dependOnClassesThat().haveFullyQualifiedName("java.io.FileOutputStream")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileWriter")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.RandomAccessFile")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.nio.file.Files")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.nio.channels.FileChannel")
                .orShould().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..")
                .because("the plugin stores nothing: visitor data lives in memory for seconds and settings live in Crisp");
    }
}
