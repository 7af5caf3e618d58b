package app.richcontact.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/** Output discipline: one logging facade, and the standard streams only for the command line. */
final class HygieneRules {

    /**
     * The command-line entry points, by name under the root: bootstrap's {@code Main}, the sandbox
     * run mode (which prints its banner), the operators' probe (which prints its report), and the
     * sandbox's own {@code SandboxMain}. The rest
     * of bootstrap, the wiring included, logs like everyone else.
     */
    static final List<String> COMMAND_LINES = List.of("bootstrap.Main", "sandboxmode.SandboxMode", "probe.ProbeCommand",
            "sandbox.SandboxMain");

    private HygieneRules() {
    }

    static ArchRule onlyTheCommandLineWritesToStandardStreams(String root) {
        return noClasses().that().resideInAPackage(root + "..").and(notACommandLine(root))
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .orShould().callMethod(Throwable.class, "printStackTrace")
                .because("output goes through SLF4J, where it is formatted, levelled and kept free of personal data");
    }

    static ArchRule nobodyUsesJavaUtilLogging(String root) {
        return noClasses().that().resideInAPackage(root + "..")
                .should().dependOnClassesThat().resideInAPackage("java.util.logging..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.lang.System$Logger")
                .because("SLF4J is the one logging facade");
    }

    private static DescribedPredicate<JavaClass> notACommandLine(String root) {
        List<String> entryPoints = COMMAND_LINES.stream().map(name -> root + "." + name).toList();
        return DescribedPredicate.describe("are not a command-line entry point " + entryPoints,
                javaClass -> !entryPoints.contains(javaClass.getName()));
    }
}
