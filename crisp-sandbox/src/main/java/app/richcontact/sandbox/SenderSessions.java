package app.richcontact.sandbox;

/**
 * Whether a messaging sender keeps one Crisp session across conversations. Crisp does not say; a new
 * session per conversation (the default) is the least forgiving: nothing on the session links a
 * returning sender.
 */
public enum SenderSessions {
    /** Each conversation of a messaging sender is a new session. */
    NEW_PER_CONVERSATION("new"),
    /**
     * A returning sender (same origin, and same phone, else same nickname) writes again in the session
     * they had.
     */
    ONE_PER_SENDER("one");

    private final String word;

    SenderSessions(String word) {
        this.word = word;
    }

    /** Its word on the command line. */
    @Override
    public String toString() {
        return word;
    }

    static SenderSessions parse(String text) {
        return SandboxOption.byWord(values(), text);
    }
}
