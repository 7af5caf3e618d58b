package app.richcontact.sandbox;

import java.util.List;

/**
 * The REST route templates the sandbox serves, as they appear in the {@link RequestLog} and as
 * {@link RestFaults#route(String)} expects them: the method, a space, then the path relative to
 * {@code /v1/}.
 */
public final class SandboxRoutes {

    public static final String ACCOUNT = "GET plugin/connect/account";
    public static final String WEBSITES_ALL = "GET plugin/connect/websites/all/{page}";
    public static final String WEBSITES_SINCE = "GET plugin/connect/websites/since";
    public static final String ENDPOINTS = "GET plugin/connect/endpoints";
    public static final String SETTINGS_GET = "GET plugins/subscription/{website_id}/{plugin_id}/settings";
    public static final String SETTINGS_PATCH = "PATCH plugins/subscription/{website_id}/{plugin_id}/settings";
    public static final String SETTINGS_PUT = "PUT plugins/subscription/{website_id}/{plugin_id}/settings";
    public static final String CONVERSATION = "GET website/{website_id}/conversation/{session_id}";
    public static final String CONVERSATION_META = "GET website/{website_id}/conversation/{session_id}/meta";
    public static final String CONVERSATION_META_PATCH = "PATCH website/{website_id}/conversation/{session_id}/meta";
    public static final String CONVERSATIONS = "GET website/{website_id}/conversations/{page}";
    public static final String PROFILE_HEAD = "HEAD website/{website_id}/people/profile/{people_id}";
    public static final String PROFILE_GET = "GET website/{website_id}/people/profile/{people_id}";
    public static final String PROFILES_SEARCH = "GET website/{website_id}/people/profiles/{page}";
    public static final String PROFILE_CREATE = "POST website/{website_id}/people/profile";
    public static final String PROFILE_DELETE = "DELETE website/{website_id}/people/profile/{people_id}";
    public static final String PROFILE_PATCH = "PATCH website/{website_id}/people/profile/{people_id}";
    public static final String SUBSCRIPTION_GET = "GET website/{website_id}/people/subscription/{people_id}";
    public static final String SUBSCRIPTION_PATCH = "PATCH website/{website_id}/people/subscription/{people_id}";
    public static final String PROFILE_EVENT_ADD = "POST website/{website_id}/people/events/{people_id}";

    /** The template under which requests that match no route are counted. */
    public static final String UNMATCHED = "unmatched";

    /** Every template above except {@link #UNMATCHED}. */
    public static final List<String> ALL = List.of(ACCOUNT, WEBSITES_ALL, WEBSITES_SINCE, ENDPOINTS,
            SETTINGS_GET, SETTINGS_PATCH, SETTINGS_PUT, CONVERSATION, CONVERSATION_META, CONVERSATION_META_PATCH,
            CONVERSATIONS, PROFILE_HEAD, PROFILE_GET, PROFILES_SEARCH, PROFILE_CREATE, PROFILE_DELETE, PROFILE_PATCH,
            SUBSCRIPTION_GET, SUBSCRIPTION_PATCH, PROFILE_EVENT_ADD);

    private SandboxRoutes() {
    }
}
