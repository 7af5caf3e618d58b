package app.richcontact.adapters.crisprest.wire;

import app.richcontact.domain.ContactId;
import app.richcontact.domain.EmailAddress;
import app.richcontact.domain.PhoneNumber;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/** Reads CRM profiles: their id and email, and their phone for the exact comparison after a fuzzy search. */
public final class ProfileJson {

    private ProfileJson() {
    }

    public static Optional<ContactId> peopleId(JsonNode data) {
        return Optional.ofNullable(JsonFields.parsed(data, "people_id", ContactId::new));
    }

    /** The profile's email, or null when it has none that is valid. */
    public static EmailAddress email(JsonNode profile) {
        return JsonFields.parsed(profile, "email", EmailAddress::parse);
    }

    /**
     * True when the profile's phone is exactly {@code phone} or its subscriber's other written
     * form, once both are normalised.
     */
    public static boolean hasPhone(JsonNode profile, PhoneNumber phone) {
        PhoneNumber stored = JsonFields.parsed(profile.path("person"), "phone", PhoneNumber::parse);
        return stored != null && phone.sameSubscriber(stored);
    }
}
