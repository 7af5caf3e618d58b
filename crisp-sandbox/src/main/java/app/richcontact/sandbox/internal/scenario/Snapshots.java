package app.richcontact.sandbox.internal.scenario;

import app.richcontact.sandbox.ConversationSnapshot;
import app.richcontact.sandbox.CrmProfile;
import app.richcontact.sandbox.Geolocation;
import app.richcontact.sandbox.internal.world.Profile;
import app.richcontact.sandbox.internal.world.Session;

/** Turns internal state into the public read-back records. */
public final class Snapshots {

    private Snapshots() {
    }

    public static ConversationSnapshot of(Session session) {
        return new ConversationSnapshot(session.websiteId(), session.id(), session.origin(), session.nickname(),
                session.email(), session.phone(), geolocation(session.country(), session.region(), session.city()),
                session.peopleId(), session.createdAt(), session.updatedAt(), session.visitorMessages());
    }

    public static CrmProfile of(Profile profile) {
        return new CrmProfile(profile.peopleId(), profile.email(), profile.nickname(), profile.phone(),
                geolocation(profile.country(), profile.region(), profile.city()), profile.segments(),
                profile.createdAt());
    }

    private static Geolocation geolocation(String country, String region, String city) {
        return country == null && region == null && city == null ? null : new Geolocation(country, region, city);
    }
}
