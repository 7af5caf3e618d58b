package app.richcontact.sandbox;

/**
 * What the {@code person} of a {@code PATCH people/profile} does to the profile's own. Crisp does
 * not say; replacing it whole (the default) is the least forgiving: a client that sends only a
 * phone clears the profile's nickname and geolocation.
 */
public enum ProfilePersonUpdate {
    /** The PATCH's {@code person} becomes the profile's: a field it does not give is cleared. */
    REPLACE("replace"),
    /** The PATCH's {@code person} fields are set one by one; the others are kept. */
    MERGE("merge");

    private final String word;

    ProfilePersonUpdate(String word) {
        this.word = word;
    }

    /** Its word on the command line. */
    @Override
    public String toString() {
        return word;
    }

    static ProfilePersonUpdate parse(String text) {
        return SandboxOption.byWord(values(), text);
    }
}
