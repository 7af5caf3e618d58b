package app.richcontact.sandbox;

/**
 * What the {@code segments} of a {@code PATCH people/profile} do to the profile's own. Crisp does not
 * say; replacing (the default) is the least forgiving: a client that sends only its new segments loses
 * the others.
 */
public enum ProfileSegmentsUpdate {
    /** The PATCH's segments become the profile's segments. */
    REPLACE("replace"),
    /** The PATCH's segments are added to the profile's. */
    MERGE("merge");

    private final String word;

    ProfileSegmentsUpdate(String word) {
        this.word = word;
    }

    /** Its word on the command line. */
    @Override
    public String toString() {
        return word;
    }

    static ProfileSegmentsUpdate parse(String text) {
        return SandboxOption.byWord(values(), text);
    }
}
