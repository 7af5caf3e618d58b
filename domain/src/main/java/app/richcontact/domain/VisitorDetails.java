package app.richcontact.domain;

import java.util.LinkedHashSet;
import java.util.Optional;

/**
 * What is known about a visitor during a capture; each field may be null. Newer details win
 * field by field over older ones.
 */
public record VisitorDetails(PhoneNumber phone, EmailAddress email, Nickname nickname,
                             Geolocation geolocation) {

    public static final VisitorDetails NONE = new VisitorDetails(null, null, null, null);

    public VisitorDetails withPhone(PhoneNumber value) {
        return new VisitorDetails(value, email, nickname, geolocation);
    }

    public VisitorDetails withEmail(EmailAddress value) {
        return new VisitorDetails(phone, value, nickname, geolocation);
    }

    public VisitorDetails withNickname(Nickname value) {
        return new VisitorDetails(phone, email, value, geolocation);
    }

    public VisitorDetails withGeolocation(Geolocation value) {
        return new VisitorDetails(phone, email, nickname, value);
    }

    /** These details, completed by {@code older} where a field is unknown here. */
    public VisitorDetails over(VisitorDetails older) {
        return new VisitorDetails(
                phone != null ? phone : older.phone,
                email != null ? email : older.email,
                nickname != null ? nickname : older.nickname,
                geolocation != null ? geolocation : older.geolocation);
    }

    /** The email the visitor gave, if any: a placeholder does not count. */
    public Optional<EmailAddress> realEmail() {
        return email == null || email.isPlaceholder() ? Optional.empty() : Optional.of(email);
    }

    /**
     * The contact to create for this visitor of {@code session} from {@code channel}: keyed on the
     * real email, else the placeholder made from the phone, else (when the website gives
     * phone-less senders a contact) the placeholder made from the session; empty otherwise.
     */
    public Optional<NewContact> toNewContact(Channel channel, WebsiteSettings settings, SessionId session) {
        EmailAddress key = realEmail().orElse(phone != null ? phone.placeholderEmail(channel)
                : settings.care().phonelessSenders() ? session.placeholderEmail(channel) : null);
        if (key == null) {
            return Optional.empty();
        }
        LinkedHashSet<Segment> segments = new LinkedHashSet<>();
        segments.add(Segment.of(channel));
        segments.addAll(settings.segments());
        return Optional.of(new NewContact(key, phone, nickname, segments.stream().toList(),
                settings.geolocation() ? geolocation : null));
    }
}
