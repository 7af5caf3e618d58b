package app.richcontact.domain;

/** The name a visitor is known by (1 to 100 characters, one line). */
public final class Nickname implements PersonalData {

    public static final int MAX_LENGTH = 100;

    private final String value;

    private Nickname(String value) {
        this.value = value;
    }

    public static Nickname parse(String input) {
        return new Nickname(Text.cleanLine(input, "nickname", MAX_LENGTH));
    }

    @Override
    public String revealForCrm() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Nickname nickname && nickname.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** {@code J•••}: the first character only. */
    @Override
    public String toString() {
        return Mask.firstCharacter(value);
    }
}
