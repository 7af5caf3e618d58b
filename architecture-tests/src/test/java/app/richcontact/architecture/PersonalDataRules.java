package app.richcontact.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaMethodReference;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * How personal data (phone, email, name) is kept: typed, masked when printed, and unwrapped in
 * exactly one place, the CRM wire mapping ({@code <root>.adapters.<crm adapter>.wire.CrmWireMapping}).
 */
final class PersonalDataRules {

    static final String MARKER = "domain.PersonalData";
    static final String REVEAL = "revealForCrm";
    static final String WIRE_MAPPING = "CrmWireMapping";
    static final String PERSONAL_NAME = "(?i).*(phone|e_?mail|nickname|msisdn).*";
    /** A method that masks personal data returns text that is safe to print. */
    static final String MASKING = "(?i)mask.*";

    private PersonalDataRules() {
    }

    static ArchRule personalDataTypesAreFinalClassesThatMaskThemselves(String root) {
        return classes().that().implement(root + "." + MARKER)
                .should().haveModifier(JavaModifier.FINAL)
                .andShould(notBeRecords())
                .andShould(declareToString())
                .because("a record prints its raw value and exposes an accessor; a final class controls both");
    }

    static ArchRule onlyTheCrmWireMappingRevealsPersonalData(String root) {
        return noClasses().that().doNotHaveSimpleName(WIRE_MAPPING)
                .or().resideOutsideOfPackage(root + ".adapters.*.wire")
                .should().callMethodWhere(revealingPersonalData(root))
                .orShould(referToTheRawAccessor(root))
                .because("raw personal data goes to Crisp's CRM and nowhere else, so it is unwrapped in one place");
    }

    static ArchRule wirePackagesDoNotLog(String root) {
        return noClasses().that().resideInAPackage(root + "..wire..")
                .should().dependOnClassesThat().resideInAnyPackage("org.slf4j..", "java.util.logging..")
                .because("wire classes handle raw personal data");
    }

    /**
     * Neither a field nor a method named like a phone, an email or a name holds or hands out a
     * {@code String} outside the wire packages (record components are fields and accessors, so
     * both are seen). Parameter names are not in the class files ArchUnit reads, so a
     * {@code String phone} parameter is caught only where it is stored or returned. Methods named
     * {@code mask…} return the masked form and are allowed. Compliant
     * code has no such member, so an empty selection is the expected, passing case.
     */
    static ArchRule onlyWirePackagesHoldPersonalDataAsText(String root) {
        return CompositeArchRule.of(fields().that().areDeclaredInClassesThat().resideInAPackage(root + "..")
                .and().areDeclaredInClassesThat().resideOutsideOfPackages(root + "..wire..", root + ".sandbox..")
                .and().haveRawType(String.class)
                .and().areNotStatic()
                .and().haveNameMatching(PERSONAL_NAME)
                .should(notExist())
                .because("outside the wire, a phone, an email or a name is a typed, self-masking value, never a String")
                .allowEmptyShould(true))
                .and(methods().that().areDeclaredInClassesThat().resideInAPackage(root + "..")
                        .and().areDeclaredInClassesThat().resideOutsideOfPackages(root + "..wire..", root + ".sandbox..")
                        .and().haveRawReturnType(String.class)
                        .and().haveNameMatching(PERSONAL_NAME)
                        .and().haveNameNotMatching(MASKING)
                        .should(notHandOutText())
                        .because("outside the wire, a phone, an email or a name is handed out typed, never as a String")
                        .allowEmptyShould(true));
    }

    private static DescribedPredicate<JavaMethodCall> revealingPersonalData(String root) {
        return DescribedPredicate.describe("the raw accessor " + REVEAL + "() of personal data",
                call -> call.getName().equals(REVEAL)
                        && call.getTargetOwner().isAssignableTo(root + "." + MARKER));
    }

    /** Method references are not calls: {@code PhoneNumber::revealForCrm} unwraps just the same. */
    private static ArchCondition<JavaClass> referToTheRawAccessor(String root) {
        return new ArchCondition<>("refer to the raw accessor " + REVEAL + "() of personal data") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                for (JavaMethodReference reference : javaClass.getMethodReferencesFromSelf()) {
                    if (reference.getName().equals(REVEAL) && reference.getTargetOwner().isAssignableTo(root + "." + MARKER)) {
                        events.add(SimpleConditionEvent.satisfied(reference, reference.getDescription()));
                    }
                }
            }
        };
    }

    private static ArchCondition<JavaClass> notBeRecords() {
        return new ArchCondition<>("not be records") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                if (javaClass.isRecord()) {
                    events.add(SimpleConditionEvent.violated(javaClass, javaClass.getName() + " is a record"));
                }
            }
        };
    }

    private static ArchCondition<JavaClass> declareToString() {
        return new ArchCondition<>("declare toString()") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                boolean declares = javaClass.getMethods().stream()
                        .anyMatch(method -> method.getName().equals("toString") && method.getRawParameterTypes().isEmpty());
                if (!declares) {
                    events.add(SimpleConditionEvent.violated(javaClass, javaClass.getName() + " does not declare toString()"));
                }
            }
        };
    }

    private static ArchCondition<JavaMethod> notHandOutText() {
        return new ArchCondition<>("not hand out personal data as a String") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                events.add(SimpleConditionEvent.violated(method, method.getFullName() + " hands out personal data as a String"));
            }
        };
    }

    private static <T extends com.tngtech.archunit.core.domain.JavaField> ArchCondition<T> notExist() {
        return new ArchCondition<>("not exist") {
            @Override
            public void check(T field, ConditionEvents events) {
                events.add(SimpleConditionEvent.violated(field, field.getFullName() + " holds personal data as a String"));
            }
        };
    }
}
