package archfixture.personal.domain;

/** Violates the personal-data rules: a record prints its raw value. */
public record RecordPhone(String digits) implements PersonalData {
    @Override
    public String revealForCrm() {
        return digits;
    }
}
