package app.richcontact.sandbox;

import java.util.List;

/** The names of the RTM events the sandbox emits (protocol section 3). */
public final class RtmEvents {

    public static final String MESSAGE_SEND = "message:send";
    public static final String MESSAGE_RECEIVED = "message:received";
    public static final String SESSION_SET_PHONE = "session:set_phone";
    public static final String SESSION_SET_EMAIL = "session:set_email";
    public static final String SESSION_SET_NICKNAME = "session:set_nickname";
    public static final String SESSION_SET_ORIGIN = "session:set_origin";
    public static final String SESSION_SYNC_GEOLOCATION = "session:sync:geolocation";
    public static final String SESSION_REQUEST_INITIATED = "session:request:initiated";
    public static final String PEOPLE_BIND_SESSION = "people:bind:session";
    public static final String SUBSCRIPTION_UPDATED = "plugin:subscription:updated";
    public static final String SETTINGS_SAVED = "plugin:settings:saved";

    /** Every event above, e.g. to subscribe to all of them. */
    public static final List<String> ALL = List.of(MESSAGE_SEND, MESSAGE_RECEIVED, SESSION_SET_PHONE,
            SESSION_SET_EMAIL, SESSION_SET_NICKNAME, SESSION_SET_ORIGIN, SESSION_SYNC_GEOLOCATION,
            SESSION_REQUEST_INITIATED, PEOPLE_BIND_SESSION, SUBSCRIPTION_UPDATED, SETTINGS_SAVED);

    private RtmEvents() {
    }
}
