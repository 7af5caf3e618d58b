package app.richcontact.sandbox;

/**
 * Which sockets hear {@code plugin:subscription:updated}. Crisp does not say; its client's issues
 * suggest only sockets already bound to the website, which a brand-new install never is.
 */
public enum SubscriptionEvents {
    /** Every authenticated socket subscribed to the event, bound to the website or not. */
    ALL_SUBSCRIBED("all"),
    /** Only sockets bound to the website: a new install is heard by nobody until a {@code socket:bind}. */
    BOUND_ONLY("bound");

    private final String word;

    SubscriptionEvents(String word) {
        this.word = word;
    }

    /** Its word in {@code --subscription-events}. */
    @Override
    public String toString() {
        return word;
    }

    static SubscriptionEvents parse(String text) {
        return SandboxOption.byWord(values(), text);
    }
}
