package app.richcontact.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;

/**
 * The hexagon's dependency rules, for any root package: the real code is checked under
 * {@code app.richcontact}, and each rule is shown to bite on a fixture under a root of its own.
 * Every package below {@code <root>.adapters} is an adapter, whatever its name.
 */
final class HexagonRules {

    static final String[] FRAMEWORKS_LOGGING_AND_IO = {
        "java.io..", "java.nio.file..", "java.nio.channels..", "java.net..", "java.sql..", "javax..",
        "java.util.logging..", "java.rmi..", "org.slf4j..", "ch.qos..", "io.javalin..", "org.eclipse..",
        "com.fasterxml..", "io.socket..", "okhttp3..", "org.json..", "dev.failsafe.."};

    private HexagonRules() {
    }

    static ArchRule layersOnlyDependInward(String root) {
        return layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .ensureAllClassesAreContainedInArchitecture()
                .layer("Domain").definedBy(root + ".domain..")
                .layer("Application").definedBy(root + ".application..")
                .layer("Adapters").definedBy(root + ".adapters..")
                .layer("Bootstrap").definedBy(root + ".bootstrap..")
                .layer("Sandbox").definedBy(root + ".sandbox..")
                .layer("SandboxMode").definedBy(root + ".sandboxmode..")
                .whereLayer("Domain").mayNotAccessAnyLayer()
                .whereLayer("Application").mayOnlyAccessLayers("Domain")
                .whereLayer("Adapters").mayOnlyAccessLayers("Application", "Domain")
                .whereLayer("Sandbox").mayNotAccessAnyLayer()
                .whereLayer("Bootstrap").mayOnlyBeAccessedByLayers("SandboxMode")
                .whereLayer("SandboxMode").mayNotBeAccessedByAnyLayer()
                .because("the domain depends on nothing, the application only on the domain, adapters only "
                        + "on the core, the sandbox plays Crisp and shares no code, only bootstrap sees all, "
                        + "and only the sandbox run mode puts bootstrap next to the emulator");
    }

    static ArchRule adaptersDoNotDependOnEachOther(String root) {
        return slices().matching(root + ".adapters.(*)..").namingSlices("adapter $1")
                .should().notDependOnEachOther()
                .because("each adapter talks to one technology and meets the others only through the core's ports");
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
