package app.richcontact.adapters.crisprest.wire;

import app.richcontact.application.port.out.ContactCard;
import app.richcontact.domain.ContactId;
import app.richcontact.domain.EmailAddress;
import app.richcontact.domain.InvalidValueException;
import app.richcontact.domain.Nickname;
import app.richcontact.domain.PhoneNumber;
import app.richcontact.domain.Segment;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads a CRM profile's card from Crisp's profile JSON; invalid fields read as absent. */
public final class CardJson {

    private CardJson() {
    }

    /** From the {@code data} of {@code GET website/{website_id}/people/profile/{people_id}}; empty without a valid id. */
    public static Optional<ContactCard> card(JsonNode profile) {
        ContactId id = JsonFields.parsed(profile, "people_id", ContactId::new);
        if (id == null) {
            return Optional.empty();
        }
        JsonNode person = profile.path("person");
        List<Segment> segments = new ArrayList<>();
        boolean exact = segments(profile.path("segments"), segments);
        return Optional.of(new ContactCard(id, JsonFields.parsed(profile, "email", EmailAddress::parse),
                JsonFields.parsed(person, "phone", PhoneNumber::parse),
                JsonFields.parsed(person, "nickname", Nickname::parse),
                segments, exact, JsonFields.geolocation(person.path("geolocation"))));
    }

    /** Adds the valid segments to {@code into}; false when some item is not one written back exactly. */
    private static boolean segments(JsonNode array, List<Segment> into) {
        if (array.isMissingNode() || array.isNull()) {
            return true;
        }
        if (!array.isArray()) {
            return false;
        }
        boolean exact = true;
        for (JsonNode item : array) {
            try {
                Segment segment = item.isTextual() ? new Segment(item.asText()) : null;
                if (segment == null || !segment.value().equals(item.asText()) || into.contains(segment)) {
                    exact = false;
                }
                if (segment != null && !into.contains(segment)) {
                    into.add(segment);
                }
            } catch (InvalidValueException invalid) {
                exact = false;
            }
        }
        return exact;
    }
}
