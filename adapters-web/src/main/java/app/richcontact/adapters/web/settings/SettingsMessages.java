package app.richcontact.adapters.web.settings;

import java.util.Map;

/** What the page and the API tell people for each refusal code: plain words, no internals. */
final class SettingsMessages {

    private static final Map<String, String> MESSAGES = Map.of(
            "rate_limited", "Too many requests. Wait a moment, then try again.",
            "missing_website_id", "Open Rich Contact's settings from your Crisp dashboard.",
            "unknown_website", "Rich Contact is not installed on this website.",
            "missing_token", "The website's token is missing. Open Rich Contact's settings again from your Crisp dashboard.",
            "wrong_token", "It may have expired. Open Rich Contact's settings again from your Crisp dashboard.",
            "crisp_unavailable", "Crisp cannot be reached right now. Try again in a moment.",
            "too_large", "The request is too large.",
            "internal", "Something went wrong on our side. Try again in a moment.");

    private SettingsMessages() {
    }

    static String of(String code) {
        return MESSAGES.getOrDefault(code, MESSAGES.get("internal"));
    }
}
