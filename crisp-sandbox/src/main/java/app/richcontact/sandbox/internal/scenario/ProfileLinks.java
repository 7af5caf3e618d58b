package app.richcontact.sandbox.internal.scenario;

import app.richcontact.sandbox.internal.events.EventSink;
import app.richcontact.sandbox.internal.events.Payloads;
import app.richcontact.sandbox.internal.world.Profile;
import app.richcontact.sandbox.internal.world.Session;
import app.richcontact.sandbox.internal.world.Website;
import java.util.List;

/**
 * Links sessions to CRM profiles the way Crisp does, and announces each link
 * ({@code people:bind:session}), state first so REST reads agree with the event.
 */
public record ProfileLinks(EventSink events) {

    /**
     * Links the session to the profile holding {@code email}; when none does, first makes one
     * (nickname and email only) if {@code makeMissing}, else links nothing.
     *
     * @return the linked profile, or null when none was linked
     */
    public Profile linkByEmail(Website website, Session session, String email, boolean makeMissing, long now) {
        Profile profile = website.crm().byEmail(email);
        if (profile == null && makeMissing) {
            profile = website.crm().create(email, session.nickname(), null, null, List.of(), now);
            if (profile == null) {
                // Created concurrently under the same email: link that one.
                profile = website.crm().byEmail(email);
            }
        }
        if (profile != null) {
            bind(website, session, profile.peopleId(), now);
        }
        return profile;
    }

    /** Links the session to a profile and raises {@code people:bind:session}. */
    public void bind(Website website, Session session, String peopleId, long now) {
        session.peopleId(peopleId);
        session.touch(now);
        events.publish(Payloads.peopleBound(website.id(), session.id(), peopleId, now));
    }
}
