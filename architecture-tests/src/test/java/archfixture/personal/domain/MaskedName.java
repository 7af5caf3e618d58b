package archfixture.personal.domain;

/** Keeps every personal-data rule. */
public final class MaskedName implements PersonalData {
    private final String value;

    public MaskedName(String value) {
        this.value = value;
    }

    @Override
    public String revealForCrm() {
        return value;
    }

    @Override
    public String toString() {
        return value.charAt(0) + "\u2022\u2022\u2022";
    }
}
