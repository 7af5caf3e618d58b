package app.richcontact.sandbox.internal.scenario;

import app.richcontact.sandbox.Geolocation;
import app.richcontact.sandbox.RtmEvents;
import app.richcontact.sandbox.SandboxSwitch;
import app.richcontact.sandbox.SandboxSwitches;
import app.richcontact.sandbox.internal.events.EventSink;
import app.richcontact.sandbox.internal.events.Payloads;
import app.richcontact.sandbox.internal.world.Ids;
import app.richcontact.sandbox.internal.world.Session;
import app.richcontact.sandbox.internal.world.Website;
import java.util.function.Consumer;

/** Changes one session the way Crisp does and raises the matching event, state first so REST reads agree with events. */
record SessionEvents(Website website, Session session, EventSink events, SandboxSwitches switches) {

    private static final String OPERATOR_ID = Ids.uuid();

    void visitorMessage(String content) {
        long now = System.currentTimeMillis();
        session.visitorMessage(content, now);
        events.publish(Payloads.messageSend(website.id(), session.id(), session.origin(), content, Ids.fingerprint(),
                session.nickname(), now));
    }

    void operatorMessage(String content) {
        long now = System.currentTimeMillis();
        session.operatorMessage(content, now);
        events.publish(Payloads.messageReceived(website.id(), session.id(), session.origin(), content,
                Ids.fingerprint(), OPERATOR_ID, "Sandbox Operator", now));
    }

    void origin(String origin) {
        set(RtmEvents.SESSION_SET_ORIGIN, "origin", origin, session::origin);
    }

    void nickname(String nickname) {
        set(RtmEvents.SESSION_SET_NICKNAME, "nickname", nickname, session::nickname);
    }

    void phone(String phone) {
        set(RtmEvents.SESSION_SET_PHONE, "phone", phone, session::phone);
    }

    void geolocation(Geolocation geolocation) {
        long now = System.currentTimeMillis();
        session.geolocation(geolocation);
        session.touch(now);
        events.publish(Payloads.geolocation(website.id(), session.id(), geolocation, now));
    }

    /** Sets the email; Crisp then makes (or finds) the profile with that email and links it. */
    void email(String email) {
        long now = set(RtmEvents.SESSION_SET_EMAIL, "email", email, session::email);
        if (switches.get(SandboxSwitch.NATIVE_EMAIL_PROFILES)) {
            new ProfileLinks(events).linkByEmail(website, session, email, true, now);
        }
    }

    void bindPeople(String peopleId) {
        new ProfileLinks(events).bind(website, session, peopleId, System.currentTimeMillis());
    }

    void requestInitiated() {
        events.publish(Payloads.requestInitiated(website.id(), session.id(), System.currentTimeMillis()));
    }

    /** One {@code session:set_*}: the session's field, then the event; returns the time it happened. */
    private long set(String event, String field, String value, Consumer<String> state) {
        long now = System.currentTimeMillis();
        state.accept(value);
        session.touch(now);
        events.publish(Payloads.sessionSet(event, field, website.id(), session.id(), value, now));
        return now;
    }
}
