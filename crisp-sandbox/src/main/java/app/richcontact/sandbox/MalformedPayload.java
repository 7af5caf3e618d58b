package app.richcontact.sandbox;

/** Kinds of broken RTM payloads a test can make the sandbox emit (see {@link RtmControl#emitMalformed}). */
public enum MalformedPayload {
    /** The event carries a JSON string instead of an object. */
    NOT_AN_OBJECT,
    /** The event carries no argument at all. */
    NO_ARGUMENT,
    /** An empty object. */
    EMPTY_OBJECT,
    /** A session event without {@code session_id}. */
    MISSING_SESSION_ID,
    /** Fields of the wrong JSON types (string fingerprint and timestamp, numeric content, string user). */
    WRONG_TYPES,
    /** A well-formed {@code message:send} for a website id that never installed the plugin. */
    UNKNOWN_WEBSITE
}
