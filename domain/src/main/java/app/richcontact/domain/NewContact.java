package app.richcontact.domain;

import java.util.List;

/**
 * The CRM contact Rich Contact creates: an email (real or placeholder), segments (the channel
 * first), and optionally a phone, a nickname and a geolocation (each may be null).
 */
public record NewContact(EmailAddress email, PhoneNumber phone, Nickname nickname,
                         List<Segment> segments, Geolocation geolocation) {

    public NewContact {
        if (email == null) {
            throw new InvalidValueException("email", "is required: Crisp keys contacts by email");
        }
        segments = List.copyOf(segments);
        if (segments.isEmpty()) {
            throw new InvalidValueException("segments", "must hold at least the channel segment");
        }
    }
}
