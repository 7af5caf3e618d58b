package archfixture.personal.domain;

/** Violates the personal-data rules: not final, and prints nothing masked. */
public class OpenEmail implements PersonalData {
    private final String value;

    public OpenEmail(String value) {
        this.value = value;
    }

    @Override
    public String revealForCrm() {
        return value;
    }
}
