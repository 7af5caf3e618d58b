package app.richcontact.sandbox;

/**
 * What {@code PATCH conversation/meta} with an {@code email} does to the session's link to a profile.
 * Crisp does not say; the least forgiving guess, the default, is that it links nothing.
 */
public enum MetaEmailLinks {
    /** Setting the meta email changes the meta only: the session stays linked as it was. */
    IGNORED("ignored"),
    /**
     * Setting the meta email links the session to the profile holding that email (made first when none
     * does and Crisp makes profiles for emails natively) and announces {@code people:bind:session}.
     */
    LINKS("links");

    private final String word;

    MetaEmailLinks(String word) {
        this.word = word;
    }

    /** Its word on the command line. */
    @Override
    public String toString() {
        return word;
    }

    static MetaEmailLinks parse(String text) {
        return SandboxOption.byWord(values(), text);
    }
}
