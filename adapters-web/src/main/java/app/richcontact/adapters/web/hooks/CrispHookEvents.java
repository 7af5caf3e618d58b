package app.richcontact.adapters.web.hooks;

import app.richcontact.application.port.in.ConversationEvent;
import app.richcontact.application.port.in.InstallationEvent;
import app.richcontact.domain.ContactId;
import app.richcontact.domain.EmailAddress;
import app.richcontact.domain.Geolocation;
import app.richcontact.domain.InvalidValueException;
import app.richcontact.domain.Nickname;
import app.richcontact.domain.Origin;
import app.richcontact.domain.PhoneNumber;
import app.richcontact.domain.SessionId;
import app.richcontact.domain.SettingsDocument;
import app.richcontact.domain.VisitorDetails;
import app.richcontact.domain.WebsiteId;
import app.richcontact.adapters.web.http.JsonAnswers;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Turns a web hook body, {@code {"website_id", "event", "data", "timestamp"}} with {@code data}
 * shaped like the RTM payloads, into domain values at the edge. Invalid values are refused by
 * the domain's own parsers; the reason names the field, never its content.
 */
final class CrispHookEvents {

    /** Event names counted as themselves; any other name is counted as {@code other}. */
    private static final Set<String> KNOWN = Set.of("message:send", "session:request:initiated",
            "session:set_phone", "session:set_email", "session:set_nickname", "session:sync:geolocation",
            "session:set_origin", "people:bind:session", "plugin:subscription:updated", "plugin:settings:saved",
            "message:received", "message:updated", "message:removed", "session:removed", "session:set_state",
            "session:set_data", "session:set_segments", "session:set_block", "session:update_availability");

    private final Consumer<String> ignoredField;

    /** @param ignoredField hears the name of each optional field left out because it did not parse */
    CrispHookEvents(Consumer<String> ignoredField) {
        this.ignoredField = ignoredField;
    }

    HookEvent read(JsonNode body) {
        if (!body.isObject()) {
            return new HookEvent.Dropped("other", "malformed_body");
        }
        JsonNode eventNode = body.get("event");
        if (eventNode == null || !eventNode.isTextual()) {
            return new HookEvent.Dropped("other", "invalid_event");
        }
        String event = eventNode.asText();
        String name = KNOWN.contains(event) ? event : "other";
        JsonNode data = body.get("data");
        if (data == null || !data.isObject()) {
            return KNOWN.contains(event) ? new HookEvent.Dropped(name, "invalid_data") : new HookEvent.Ignored(name);
        }
        try {
            return switch (event) {
                case "message:send" -> message(name, body, data);
                case "session:request:initiated" -> conversation(name, new ConversationEvent.ConversationRequested(
                        website(body, data), session(data)));
                case "session:set_phone" -> details(name, body, data, VisitorDetails.NONE.withPhone(
                        PhoneNumber.parse(text(data, "phone"))));
                case "session:set_email" -> details(name, body, data, VisitorDetails.NONE.withEmail(
                        EmailAddress.parse(text(data, "email"))));
                case "session:set_nickname" -> details(name, body, data, VisitorDetails.NONE.withNickname(
                        Nickname.parse(text(data, "nickname"))));
                case "session:sync:geolocation" -> details(name, body, data, VisitorDetails.NONE.withGeolocation(
                        geolocation(data)));
                case "session:set_origin" -> conversation(name, new ConversationEvent.OriginChanged(
                        website(body, data), session(data), new Origin(text(data, "origin"))));
                case "people:bind:session" -> conversation(name, new ConversationEvent.ProfileLinked(
                        website(body, data), session(data), new ContactId(text(data, "people_id"))));
                case "plugin:subscription:updated" -> subscription(name, body, data);
                case "plugin:settings:saved" -> settings(name, body, data);
                default -> new HookEvent.Ignored(name);
            };
        } catch (InvalidValueException invalid) {
            return new HookEvent.Dropped(name, "invalid_" + label(invalid.field()));
        }
    }

    private HookEvent message(String name, JsonNode body, JsonNode data) {
        JsonNode from = data.get("from");
        if (from == null || !"user".equals(from.asText())) {
            return new HookEvent.Ignored(name);
        }
        WebsiteId website = website(body, data);
        SessionId session = session(data);
        Origin origin = new Origin(text(data, "origin"));
        ConversationEvent event = new ConversationEvent.VisitorMessageSent(website, session, origin, nickname(data));
        JsonNode fingerprint = data.get("fingerprint");
        String key = fingerprint != null && (fingerprint.isIntegralNumber() || fingerprint.isTextual())
                && fingerprint.asText().length() <= 40
                ? "message|" + website + "|" + session + "|" + fingerprint.asText() : null;
        return new HookEvent.ForConversation(name, event, key);
    }

    /** The visitor's nickname is optional on a message: a bad one is left out, the trigger kept. */
    private Nickname nickname(JsonNode data) {
        JsonNode user = data.get("user");
        JsonNode nickname = user == null ? null : user.get("nickname");
        if (nickname == null || nickname.isNull()) {
            return null;
        }
        try {
            return Nickname.parse(nickname.isTextual() ? nickname.asText() : null);
        } catch (InvalidValueException invalid) {
            ignoredField.accept("nickname");
            return null;
        }
    }

    private static HookEvent details(String name, JsonNode body, JsonNode data, VisitorDetails details) {
        return conversation(name, new ConversationEvent.VisitorDetailsChanged(website(body, data), session(data), details));
    }

    private static HookEvent conversation(String name, ConversationEvent event) {
        return new HookEvent.ForConversation(name, event, null);
    }

    private static Geolocation geolocation(JsonNode data) {
        JsonNode geolocation = data.get("geolocation");
        if (geolocation == null || !geolocation.isObject()) {
            throw new InvalidValueException("geolocation", "must be an object");
        }
        return new Geolocation(optionalText(geolocation, "country"), optionalText(geolocation, "city"));
    }

    private static HookEvent subscription(String name, JsonNode body, JsonNode data) {
        JsonNode bound = data.get("bound");
        if (bound == null || !bound.isBoolean()) {
            throw new InvalidValueException("bound", "must be true or false");
        }
        WebsiteId website = website(body, data);
        return new HookEvent.ForInstallation(name, bound.booleanValue()
                ? new InstallationEvent.Installed(website) : new InstallationEvent.Uninstalled(website));
    }

    /** Settings saved on Crisp's side are read tolerantly; a missing object is not "all defaults". */
    private static HookEvent settings(String name, JsonNode body, JsonNode data) {
        JsonNode settings = data.get("settings");
        if (settings == null || !settings.isObject()) {
            throw new InvalidValueException("settings", "must be an object");
        }
        WebsiteId website = website(body, data);
        return new HookEvent.ForInstallation(name, new InstallationEvent.SettingsSaved(website,
                SettingsDocument.readTolerantly(JsonAnswers.toMap(settings))));
    }

    /** The envelope's website, else the payload's (both are covered by the signature). */
    private static WebsiteId website(JsonNode body, JsonNode data) {
        String envelope = optionalText(body, "website_id");
        return new WebsiteId(envelope != null ? envelope : text(data, "website_id"));
    }

    private static SessionId session(JsonNode data) {
        return new SessionId(text(data, "session_id"));
    }

    /** A required text field; anything else is refused by the domain parser it feeds. */
    private static String text(JsonNode node, String field) {
        String value = optionalText(node, field);
        if (value == null) {
            throw new InvalidValueException(field, "is required");
        }
        return value;
    }

    private static String optionalText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new InvalidValueException(field, "must be text");
        }
        // Blank reads as absent, as in the real-time adapter: Crisp sends "" for an unknown part.
        return value.asText().isBlank() ? null : value.asText();
    }

    /** Field names are ours or the domain's; this only guarantees a safe metric label. */
    private static String label(String field) {
        return field.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
    }
}
