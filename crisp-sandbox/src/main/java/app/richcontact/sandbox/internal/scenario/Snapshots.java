package app.richcontact.sandbox.internal.scenario;

import app.richcontact.sandbox.ConversationSnapshot;
import app.richcontact.sandbox.CrmProfile;
import app.richcontact.sandbox.internal.world.Profile;
import app.richcontact.sandbox.internal.world.Session;
import app.richcontact.sandbox.internal.world.WebsiteCrm;

/** Turns internal state into the public read-back records. */
public final class Snapshots {

    private Snapshots() {
    }

    public static ConversationSnapshot of(Session session) {
        return new ConversationSnapshot(session.websiteId(), session.id(), session.origin(), session.nickname(),
                session.email(), session.phone(), session.geolocation(),
                session.peopleId(), session.createdAt(), session.updatedAt(), session.visitorMessages());
    }

    public static CrmProfile of(WebsiteCrm crm, Profile profile) {
        Boolean subscribed = crm.emailSubscribed(profile.peopleId());
        return new CrmProfile(profile.peopleId(), profile.email(), profile.nickname(), profile.phone(),
                profile.geolocation(), profile.segments(), profile.createdAt(), subscribed == null || subscribed,
                crm.events(profile.peopleId()));
    }
}
