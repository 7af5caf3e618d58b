package app.richcontact.crispevents;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The names of the Crisp events Rich Contact acts on (protocol section 3), whatever the transport. */
public final class CrispEventNames {

    public static final String MESSAGE_SEND = "message:send";
    public static final String REQUEST_INITIATED = "session:request:initiated";
    public static final String SET_PHONE = "session:set_phone";
    public static final String SET_EMAIL = "session:set_email";
    public static final String SET_NICKNAME = "session:set_nickname";
    public static final String SET_ORIGIN = "session:set_origin";
    public static final String SYNC_GEOLOCATION = "session:sync:geolocation";
    public static final String PEOPLE_BIND_SESSION = "people:bind:session";
    public static final String SUBSCRIPTION_UPDATED = "plugin:subscription:updated";
    public static final String SETTINGS_SAVED = "plugin:settings:saved";

    /** Every event the application needs: the real-time listener subscribes to these and to nothing else. */
    public static final List<String> SUPPORTED = List.of(MESSAGE_SEND, REQUEST_INITIATED, SET_PHONE, SET_EMAIL,
            SET_NICKNAME, SET_ORIGIN, SYNC_GEOLOCATION, PEOPLE_BIND_SESSION, SUBSCRIPTION_UPDATED, SETTINGS_SAVED);

    /** The counter label of an event that is not {@link #SUPPORTED}: names from outside are not labels. */
    public static final String OTHER = "other";

    private static final Map<String, String> LABELS = SUPPORTED.stream()
            .collect(Collectors.toUnmodifiableMap(Function.identity(), Function.identity()));

    private CrispEventNames() {
    }

    /** The name itself (the constant above) when supported, else {@link #OTHER}. */
    public static String label(String event) {
        return event == null ? OTHER : LABELS.getOrDefault(event, OTHER);
    }
}
