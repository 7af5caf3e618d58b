package app.richcontact.crispevents;

import static app.richcontact.crispevents.CrispEventNames.MESSAGE_SEND;
import static app.richcontact.crispevents.CrispEventNames.OTHER;
import static app.richcontact.crispevents.CrispEventNames.PEOPLE_BIND_SESSION;
import static app.richcontact.crispevents.CrispEventNames.REQUEST_INITIATED;
import static app.richcontact.crispevents.CrispEventNames.SETTINGS_SAVED;
import static app.richcontact.crispevents.CrispEventNames.SET_EMAIL;
import static app.richcontact.crispevents.CrispEventNames.SET_NICKNAME;
import static app.richcontact.crispevents.CrispEventNames.SET_ORIGIN;
import static app.richcontact.crispevents.CrispEventNames.SET_PHONE;
import static app.richcontact.crispevents.CrispEventNames.SUBSCRIPTION_UPDATED;
import static app.richcontact.crispevents.CrispEventNames.SYNC_GEOLOCATION;

import app.richcontact.application.port.in.ConversationEvent;
import app.richcontact.application.port.in.InstallationEvent;
import app.richcontact.crispevents.JsonTree.Kind;
import app.richcontact.domain.ContactId;
import app.richcontact.domain.EmailAddress;
import app.richcontact.domain.Geolocation;
import app.richcontact.domain.InvalidValueException;
import app.richcontact.domain.Nickname;
import app.richcontact.domain.Origin;
import app.richcontact.domain.PhoneNumber;
import app.richcontact.domain.SessionId;
import app.richcontact.domain.SettingsChange;
import app.richcontact.domain.VisitorDetails;
import app.richcontact.domain.WebsiteId;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Turns one Crisp event, real-time or web hook, into a domain event for the in-ports. Never
 * throws and never keeps or reports a value from the payload: what it cannot use it names by a
 * counter label ({@link CrispEvent.Dropped}). Thread-safe.
 *
 * @param <N> the JSON library's type for a value, read through a {@link JsonTree}
 */
public final class CrispEventReader<N> {

    static final String VISITOR = "user";

    private static final CrispEvent UNKNOWN_EVENT = new CrispEvent.Ignored(OTHER, "unknown_event");
    private static final CrispEvent NOT_FROM_VISITOR = new CrispEvent.Ignored(MESSAGE_SEND, "not_from_user");

    private final JsonTree<N> json;
    private final Fields<N> fields;
    private final EventLimits limits;
    private final Consumer<String> ignoredField;

    /** @param ignoredField hears the name of each optional field left out because it did not parse */
    public CrispEventReader(JsonTree<N> json, EventLimits limits, Consumer<String> ignoredField) {
        this.json = Objects.requireNonNull(json, "json");
        this.fields = new Fields<>(json);
        this.limits = Objects.requireNonNull(limits, "limits");
        this.ignoredField = Objects.requireNonNull(ignoredField, "ignoredField");
    }

    /** A real-time event: its name, and its payload (null when none came). */
    public CrispEvent read(String event, N payload) {
        String label = CrispEventNames.label(event);
        if (OTHER.equals(label)) {
            return UNKNOWN_EVENT;
        }
        Kind kind = json.kind(payload);
        if (kind != Kind.OBJECT) {
            return new CrispEvent.Dropped(label, kind == Kind.ABSENT ? "no_payload" : "not_an_object");
        }
        try {
            PayloadSize.check(json, payload, limits);
            return readPayload(label, payload, null);
        } catch (RuntimeException refused) {
            return dropped(label, refused);
        }
    }

    /**
     * A web hook body, {@code {"website_id", "event", "data", "timestamp"}} with {@code data}
     * shaped like the real-time payload. The envelope's website, when given, wins over the
     * payload's (the signature covers both).
     */
    public CrispEvent readHook(N body) {
        if (json.kind(body) != Kind.OBJECT) {
            return new CrispEvent.Dropped(OTHER, "not_an_object");
        }
        String label = OTHER;
        try {
            PayloadSize.check(json, body, limits);
            label = CrispEventNames.label(fields.text(body, "event"));
            if (OTHER.equals(label)) {
                return UNKNOWN_EVENT;
            }
            return readPayload(label, fields.object(body, "data"), fields.optionalText(body, "website_id"));
        } catch (RuntimeException refused) {
            return dropped(label, refused);
        }
    }

    private static CrispEvent dropped(String label, RuntimeException refused) {
        if (refused instanceof Rejection rejection) {
            return new CrispEvent.Dropped(label, rejection.reason());
        }
        if (refused instanceof InvalidValueException invalid) {
            return new CrispEvent.Dropped(label, Rejection.invalid(invalid.field()).reason());
        }
        // A payload that the JSON library itself cannot walk; its content is not worth a log line.
        return new CrispEvent.Dropped(label, "unreadable");
    }

    private CrispEvent readPayload(String label, N payload, String envelopeWebsite) {
        WebsiteId website = new WebsiteId(envelopeWebsite != null ? envelopeWebsite : fields.text(payload, "website_id"));
        return switch (label) {
            case SUBSCRIPTION_UPDATED -> installation(label, fields.flag(payload, "bound")
                    ? new InstallationEvent.Installed(website) : new InstallationEvent.Uninstalled(website));
            case SETTINGS_SAVED -> installation(label, new InstallationEvent.SettingsSaved(website,
                    new SettingsChange(json.toMap(fields.object(payload, "settings")))));
            default -> sessionEvent(label, website, new SessionId(fields.text(payload, "session_id")), payload);
        };
    }

    private CrispEvent sessionEvent(String label, WebsiteId website, SessionId session, N payload) {
        return switch (label) {
            case MESSAGE_SEND -> messageSent(website, session, payload);
            case REQUEST_INITIATED -> conversation(label, new ConversationEvent.ConversationRequested(website, session));
            case SET_PHONE -> details(label, website, session,
                    VisitorDetails.NONE.withPhone(PhoneNumber.parse(fields.text(payload, "phone"))));
            case SET_EMAIL -> details(label, website, session,
                    VisitorDetails.NONE.withEmail(EmailAddress.parse(fields.text(payload, "email"))));
            case SET_NICKNAME -> details(label, website, session,
                    VisitorDetails.NONE.withNickname(Nickname.parse(fields.text(payload, "nickname"))));
            case SYNC_GEOLOCATION -> details(label, website, session,
                    VisitorDetails.NONE.withGeolocation(geolocation(fields.object(payload, "geolocation"))));
            case SET_ORIGIN -> conversation(label, new ConversationEvent.OriginChanged(website, session,
                    new Origin(fields.text(payload, "origin"))));
            case PEOPLE_BIND_SESSION -> conversation(label, new ConversationEvent.ProfileLinked(website, session,
                    new ContactId(fields.text(payload, "people_id"))));
            default -> UNKNOWN_EVENT;
        };
    }

    private CrispEvent messageSent(WebsiteId website, SessionId session, N payload) {
        if (!VISITOR.equals(fields.text(payload, "from"))) {
            return NOT_FROM_VISITOR;
        }
        Origin origin = new Origin(fields.text(payload, "origin"));
        Nickname nickname = nicknameOf(fields.optionalObject(payload, "user"));
        return new CrispEvent.ForConversation(MESSAGE_SEND,
                new ConversationEvent.VisitorMessageSent(website, session, origin, nickname), fingerprint(payload));
    }

    /** The sender's name when it is a usable one; a message is never dropped for its name. */
    private Nickname nicknameOf(N user) {
        if (user == null) {
            return null;
        }
        try {
            String raw = fields.optionalText(user, "nickname");
            return raw == null ? null : Nickname.parse(raw);
        } catch (Rejection | InvalidValueException unusable) {
            ignoredField.accept("nickname");
            return null;
        }
    }

    /** The message's fingerprint as digits or short text, else null: it only keys redeliveries. */
    private String fingerprint(N payload) {
        N value = json.field(payload, "fingerprint");
        String text = switch (json.kind(value)) {
            case NUMBER -> json.integer(value);
            case TEXT -> json.text(value);
            default -> null;
        };
        return text == null || text.isBlank() || text.length() > CrispEvent.ForConversation.MAX_FINGERPRINT ? null : text;
    }

    private Geolocation geolocation(N geolocation) {
        return new Geolocation(fields.optionalText(geolocation, "country"), fields.optionalText(geolocation, "city"));
    }

    private static CrispEvent conversation(String label, ConversationEvent event) {
        return new CrispEvent.ForConversation(label, event, null);
    }

    private static CrispEvent details(String label, WebsiteId website, SessionId session, VisitorDetails details) {
        return conversation(label, new ConversationEvent.VisitorDetailsChanged(website, session, details));
    }

    private static CrispEvent installation(String label, InstallationEvent event) {
        return new CrispEvent.ForInstallation(label, event);
    }
}
