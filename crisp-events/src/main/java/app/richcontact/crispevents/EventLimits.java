package app.richcontact.crispevents;

/**
 * How much of an event the reader accepts, whichever transport brought it: a payload bigger than
 * {@code maxPayloadChars} (characters of keys and text) or nested deeper than
 * {@code maxPayloadDepth} is dropped, and so is any text field longer than {@link #MAX_TEXT}.
 */
public record EventLimits(int maxPayloadChars, int maxPayloadDepth) {

    /** Longer than any id, origin, phone, email or name Crisp sends. */
    public static final int MAX_TEXT = 512;

    /** 256 K characters, 32 levels: far above any real Crisp event. */
    public static final EventLimits DEFAULTS = new EventLimits(256 * 1_024, 32);

    public EventLimits {
        if (maxPayloadChars < 1_024) {
            throw new IllegalArgumentException("maxPayloadChars must be at least 1024");
        }
        if (maxPayloadDepth < 3) {
            throw new IllegalArgumentException("maxPayloadDepth must be at least 3");
        }
    }
}
