package app.richcontact.sandbox.internal.scenario;

import app.richcontact.sandbox.Geolocation;
import app.richcontact.sandbox.RtmEvents;
import app.richcontact.sandbox.SandboxSwitch;
import app.richcontact.sandbox.SandboxSwitches;
import app.richcontact.sandbox.internal.events.EventSink;
import app.richcontact.sandbox.internal.events.Payloads;
import app.richcontact.sandbox.internal.world.Ids;
import app.richcontact.sandbox.internal.world.Profile;
import app.richcontact.sandbox.internal.world.Session;
import app.richcontact.sandbox.internal.world.Website;
import java.util.List;

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
        long now = System.currentTimeMillis();
        session.origin(origin);
        session.touch(now);
        events.publish(Payloads.sessionSet(RtmEvents.SESSION_SET_ORIGIN, "origin", website.id(), session.id(), origin, now));
    }

    void nickname(String nickname) {
        long now = System.currentTimeMillis();
        session.nickname(nickname);
        session.touch(now);
        events.publish(Payloads.sessionSet(RtmEvents.SESSION_SET_NICKNAME, "nickname", website.id(), session.id(),
                nickname, now));
    }

    void phone(String phone) {
        long now = System.currentTimeMillis();
        session.phone(phone);
        session.touch(now);
        events.publish(Payloads.sessionSet(RtmEvents.SESSION_SET_PHONE, "phone", website.id(), session.id(), phone, now));
    }

    void geolocation(Geolocation geolocation) {
        long now = System.currentTimeMillis();
        session.geolocation(geolocation.country(), geolocation.region(), geolocation.city());
        session.touch(now);
        events.publish(Payloads.geolocation(website.id(), session.id(), geolocation.country(), geolocation.region(),
                geolocation.city(), now));
    }

    /** Sets the email; Crisp then makes (or finds) the profile with that email and links it. */
    void email(String email) {
        long now = System.currentTimeMillis();
        session.email(email);
        session.touch(now);
        events.publish(Payloads.sessionSet(RtmEvents.SESSION_SET_EMAIL, "email", website.id(), session.id(), email, now));
        if (switches.get(SandboxSwitch.NATIVE_EMAIL_PROFILES)) {
            Profile profile = website.crm().byEmail(email);
            if (profile == null) {
                profile = website.crm().create(email, session.nickname(), null, null, null, null, List.of(), now);
                if (profile == null) {
                    // Created concurrently under the same email: link that one.
                    profile = website.crm().byEmail(email);
                }
            }
            bindPeople(profile.peopleId());
        }
    }

    void bindPeople(String peopleId) {
        long now = System.currentTimeMillis();
        session.peopleId(peopleId);
        session.touch(now);
        events.publish(Payloads.peopleBound(website.id(), session.id(), peopleId, now));
    }

    void requestInitiated() {
        events.publish(Payloads.requestInitiated(website.id(), session.id(), System.currentTimeMillis()));
    }
}
