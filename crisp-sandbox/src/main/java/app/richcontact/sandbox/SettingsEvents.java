package app.richcontact.sandbox;

/** What {@code plugin:settings:saved} carries. Crisp does not say; the least forgiving guess is only the changed keys. */
public enum SettingsEvents {
    /** The whole settings document as saved. */
    WHOLE("whole"),
    /** Only the top-level keys whose value changed (a removed key is not announced). */
    PARTIAL("partial");

    private final String word;

    SettingsEvents(String word) {
        this.word = word;
    }

    /** Its word in {@code --settings-events}. */
    @Override
    public String toString() {
        return word;
    }

    static SettingsEvents parse(String text) {
        return SandboxOption.byWord(values(), text);
    }
}
