package app.richcontact.sandbox;

/** A piece of session data that Crisp announces with its own RTM event. */
public enum SessionDatum {
    /** {@code session:set_origin}. */
    ORIGIN,
    /** {@code session:set_nickname}. */
    NICKNAME,
    /** {@code session:set_phone}. */
    PHONE,
    /** {@code session:sync:geolocation}. */
    GEOLOCATION,
    /** {@code session:set_email}, followed by {@code people:bind:session} when Crisp links a profile. */
    EMAIL
}
