package app.richcontact.application.port.out;

import app.richcontact.domain.ContactId;
import app.richcontact.domain.EmailAddress;
import app.richcontact.domain.Geolocation;
import app.richcontact.domain.Nickname;
import app.richcontact.domain.PhoneNumber;
import app.richcontact.domain.Segment;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * A CRM profile's card as Rich Contact reads it: its id and email, and its phone, nickname and
 * geolocation (each null when the profile has none or an invalid one), and its segments;
 * {@code segmentsExact} is false when some of them could not be read back exactly (then the
 * list is never written, since Crisp may replace a profile's segments with the list it is sent).
 */
public record ContactCard(ContactId id, EmailAddress email, PhoneNumber phone, Nickname nickname,
                          List<Segment> segments, boolean segmentsExact, Geolocation geolocation) {

    public ContactCard {
        Objects.requireNonNull(id, "id");
        segments = List.copyOf(Objects.requireNonNull(segments, "segments"));
    }

    /**
     * What this card lacks of {@code other}'s phone, geolocation and segments: the phone and
     * geolocation where this card has none, the union of both cards' segments when {@code other}
     * has any this one lacks (sent whole, since Crisp may replace segments on an update).
     */
    public CardChange missingFrom(ContactCard other) {
        PhoneNumber addPhone = phone == null ? other.phone : null;
        Geolocation addGeolocation = geolocation == null ? other.geolocation : null;
        LinkedHashSet<Segment> union = new LinkedHashSet<>(segments);
        union.addAll(other.segments);
        List<Segment> newSegments = segmentsExact && union.size() > segments.size() ? List.copyOf(union) : null;
        return new CardChange(null, addPhone, addGeolocation, newSegments);
    }

    /** This card's segments with {@code segment} added, or null when it has it already or they are not exact. */
    public List<Segment> segmentsWith(Segment segment) {
        if (!segmentsExact || segments.contains(segment)) {
            return null;
        }
        LinkedHashSet<Segment> more = new LinkedHashSet<>(segments);
        more.add(segment);
        return List.copyOf(more);
    }
}
