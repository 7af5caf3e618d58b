package app.richcontact.application.port.out;

import app.richcontact.domain.EmailAddress;
import app.richcontact.domain.Geolocation;
import app.richcontact.domain.PhoneNumber;
import app.richcontact.domain.Segment;
import java.util.List;

/**
 * A partial update of a profile's card: each null field is left as it is; {@code segments}, when
 * given, is the profile's whole new list (Crisp may replace the list rather than add to it).
 */
public record CardChange(EmailAddress email, PhoneNumber phone, Geolocation geolocation, List<Segment> segments) {

    public CardChange {
        if (segments != null) {
            segments = List.copyOf(segments);
            if (segments.isEmpty()) {
                throw new IllegalArgumentException("segments must not be empty when given");
            }
        }
    }

    public static CardChange email(EmailAddress email) {
        return new CardChange(java.util.Objects.requireNonNull(email, "email"), null, null, null);
    }

    public static CardChange segments(List<Segment> segments) {
        return new CardChange(null, null, null, java.util.Objects.requireNonNull(segments, "segments"));
    }

    /** True when it changes nothing (no request is needed). */
    public boolean isEmpty() {
        return email == null && phone == null && geolocation == null && segments == null;
    }
}
