package app.richcontact.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;

/** Output discipline: one logging facade, and the standard streams only for the command line. */
final class HygieneRules {

    private HygieneRules() {
    }

    /** The command lines are bootstrap's, the sandbox run mode's and the sandbox's own {@code SandboxMain}. */
    static ArchRule onlyTheCommandLineWritesToStandardStreams(String root) {
        return noClasses().that().resideInAPackage(root + "..").and().resideOutsideOfPackage(root + ".bootstrap..")
                .and().resideOutsideOfPackage(root + ".sandboxmode..")
                .and().doNotHaveFullyQualifiedName(root + ".sandbox.SandboxMain")
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
}
