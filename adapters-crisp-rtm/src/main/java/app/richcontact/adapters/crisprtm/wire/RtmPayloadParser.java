package app.richcontact.adapters.crisprtm.wire;

import static app.richcontact.adapters.crisprtm.wire.EventNames.MESSAGE_SEND;
import static app.richcontact.adapters.crisprtm.wire.EventNames.PEOPLE_BIND_SESSION;
import static app.richcontact.adapters.crisprtm.wire.EventNames.REQUEST_INITIATED;
import static app.richcontact.adapters.crisprtm.wire.EventNames.SETTINGS_SAVED;
import static app.richcontact.adapters.crisprtm.wire.EventNames.SET_EMAIL;
import static app.richcontact.adapters.crisprtm.wire.EventNames.SET_NICKNAME;
import static app.richcontact.adapters.crisprtm.wire.EventNames.SET_ORIGIN;
import static app.richcontact.adapters.crisprtm.wire.EventNames.SET_PHONE;
import static app.richcontact.adapters.crisprtm.wire.EventNames.SUBSCRIPTION_UPDATED;
import static app.richcontact.adapters.crisprtm.wire.EventNames.SYNC_GEOLOCATION;

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
import org.json.JSONObject;

/**
 * Turns the arguments of one RTM event, as socket.io-client delivers them (org.json values),
 * into domain events for the in-ports. Never throws and never keeps or reports a value from the
 * payload: what it cannot use it names by a counter label ({@link Parsed.Dropped}). Thread-safe.
 */
public final class RtmPayloadParser {

    static final String VISITOR = "user";

    private static final Parsed UNKNOWN_EVENT = new Parsed.Ignored("unknown_event");
    private static final Parsed NOT_FROM_VISITOR = new Parsed.Ignored("not_from_user");
    private static final Parsed NO_PAYLOAD = new Parsed.Dropped("no_payload");
    private static final Parsed NOT_AN_OBJECT = new Parsed.Dropped("not_an_object");
    private static final Parsed UNREADABLE = new Parsed.Dropped("unreadable");

    private final int maxPayloadChars;
    private final int maxPayloadDepth;

    public RtmPayloadParser(int maxPayloadChars, int maxPayloadDepth) {
        this.maxPayloadChars = maxPayloadChars;
        this.maxPayloadDepth = maxPayloadDepth;
    }

    /**
     * @param event the event name
     * @param args  the event's arguments after its name (Crisp sends one object)
     */
    public Parsed parse(String event, Object[] args) {
        if (event == null || !EventNames.SUPPORTED.contains(event)) {
            return UNKNOWN_EVENT;
        }
        if (args == null || args.length == 0 || args[0] == null || args[0] == JSONObject.NULL) {
            return NO_PAYLOAD;
        }
        if (!(args[0] instanceof JSONObject payload)) {
            return NOT_AN_OBJECT;
        }
        try {
            PayloadSize.check(payload, maxPayloadChars, maxPayloadDepth);
            return read(event, payload);
        } catch (Rejection rejected) {
            return new Parsed.Dropped(rejected.reason());
        } catch (InvalidValueException invalid) {
            return new Parsed.Dropped("invalid_" + invalid.field());
        } catch (RuntimeException unexpected) {
            // A payload that org.json itself cannot walk; its content is not worth a log line.
            return UNREADABLE;
        }
    }

    private static Parsed read(String event, JSONObject payload) {
        WebsiteId website = new WebsiteId(Fields.text(payload, "website_id"));
        return switch (event) {
            case SUBSCRIPTION_UPDATED -> installation(Fields.flag(payload, "bound")
                    ? new InstallationEvent.Installed(website) : new InstallationEvent.Uninstalled(website));
            case SETTINGS_SAVED -> installation(new InstallationEvent.SettingsSaved(website,
                    SettingsDocument.readTolerantly(Fields.object(payload, "settings").toMap())));
            default -> sessionEvent(event, website, new SessionId(Fields.text(payload, "session_id")), payload);
        };
    }

    private static Parsed sessionEvent(String event, WebsiteId website, SessionId session, JSONObject payload) {
        return switch (event) {
            case MESSAGE_SEND -> messageSent(website, session, payload);
            case REQUEST_INITIATED -> conversation(new ConversationEvent.ConversationRequested(website, session));
            case SET_PHONE -> details(website, session,
                    VisitorDetails.NONE.withPhone(PhoneNumber.parse(Fields.text(payload, "phone"))));
            case SET_EMAIL -> details(website, session,
                    VisitorDetails.NONE.withEmail(EmailAddress.parse(Fields.text(payload, "email"))));
            case SET_NICKNAME -> details(website, session,
                    VisitorDetails.NONE.withNickname(Nickname.parse(Fields.text(payload, "nickname"))));
            case SYNC_GEOLOCATION -> details(website, session,
                    VisitorDetails.NONE.withGeolocation(geolocation(Fields.object(payload, "geolocation"))));
            case SET_ORIGIN -> conversation(new ConversationEvent.OriginChanged(website, session,
                    new Origin(Fields.text(payload, "origin"))));
            case PEOPLE_BIND_SESSION -> conversation(new ConversationEvent.ProfileLinked(website, session,
                    new ContactId(Fields.text(payload, "people_id"))));
            default -> UNKNOWN_EVENT;
        };
    }

    private static Parsed messageSent(WebsiteId website, SessionId session, JSONObject payload) {
        if (!VISITOR.equals(Fields.text(payload, "from"))) {
            return NOT_FROM_VISITOR;
        }
        Origin origin = new Origin(Fields.text(payload, "origin"));
        return conversation(new ConversationEvent.VisitorMessageSent(website, session, origin,
                nicknameOf(Fields.optionalObject(payload, "user"))));
    }

    /** The sender's name when it is a usable one; a message is never dropped for its name. */
    private static Nickname nicknameOf(JSONObject user) {
        if (user == null || !(user.opt("nickname") instanceof String raw) || raw.length() > Fields.MAX_TEXT) {
            return null;
        }
        try {
            return Nickname.parse(raw);
        } catch (InvalidValueException invalid) {
            return null;
        }
    }

    private static Geolocation geolocation(JSONObject geolocation) {
        return new Geolocation(blankAsAbsent(Fields.optionalText(geolocation, "country")),
                blankAsAbsent(Fields.optionalText(geolocation, "city")));
    }

    private static String blankAsAbsent(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static Parsed conversation(ConversationEvent event) {
        return new Parsed.Conversation(event);
    }

    private static Parsed details(WebsiteId website, SessionId session, VisitorDetails details) {
        return conversation(new ConversationEvent.VisitorDetailsChanged(website, session, details));
    }

    private static Parsed installation(InstallationEvent event) {
        return new Parsed.Installation(event);
    }
}
