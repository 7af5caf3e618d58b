package app.richcontact.adapters.crisprest.wire;

import app.richcontact.adapters.crisprest.PhoneSearch;
import app.richcontact.domain.Channel;
import app.richcontact.application.port.out.CardChange;
import app.richcontact.domain.EmailAddress;
import app.richcontact.domain.Geolocation;
import app.richcontact.domain.NewContact;
import app.richcontact.domain.PhoneNumber;
import app.richcontact.domain.Segment;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * The one place where personal data is unwrapped: into the JSON and URLs that go to Crisp's
 * CRM, at the last moment. Nothing here logs, and nothing here keeps what it unwraps.
 */
public final class CrmWireMapping {

    /** One of Crisp's event colours, the one its dashboard shows for good news. */
    static final String CREATION_EVENT_COLOR = "green";

    private final ObjectMapper json;

    public CrmWireMapping(ObjectMapper json) {
        this.json = json;
    }

    /**
     * The body of {@code POST website/{website_id}/people/profile}. It always names the person,
     * since Crisp may refuse a profile without {@code person.nickname}: the visitor's name when
     * known, else what the contact itself holds, its phone number, else its email's local part.
     */
    public byte[] profileBody(NewContact contact) {
        ObjectNode body = json.createObjectNode();
        String email = contact.email().revealForCrm();
        body.put("email", email);
        ObjectNode person = body.putObject("person");
        if (contact.nickname() != null) {
            person.put("nickname", contact.nickname().revealForCrm());
        } else if (contact.phone() != null) {
            person.put("nickname", contact.phone().revealForCrm());
        } else {
            person.put("nickname", email.substring(0, email.indexOf('@')));
        }
        if (contact.phone() != null) {
            person.put("phone", contact.phone().revealForCrm());
        }
        if (contact.geolocation() != null) {
            putGeolocation(person, contact.geolocation());
        }
        ArrayNode segments = body.putArray("segments");
        contact.segments().stream().map(Segment::value).forEach(segments::add);
        return bytes(body);
    }

    /** The body of {@code PATCH website/{website_id}/conversation/{session_id}/meta} that sets its email. */
    public byte[] metaEmailBody(EmailAddress email) {
        ObjectNode body = json.createObjectNode();
        body.put("email", email.revealForCrm());
        return bytes(body);
    }

    /** The body of {@code PATCH website/{website_id}/people/subscription/{people_id}} that stops campaign emails. */
    public byte[] unsubscribedBody() {
        ObjectNode body = json.createObjectNode();
        body.put("email", false);
        return bytes(body);
    }

    /**
     * The body of {@code POST website/{website_id}/people/events/{people_id}} saying the contact was
     * made from {@code channel}: a text for operators, the channel as data for automations.
     */
    public byte[] creationEventBody(Channel channel) {
        ObjectNode body = json.createObjectNode();
        body.put("text", "New contact from " + channel.name() + " (Rich Contact)");
        body.putObject("data").put("channel", channel.name());
        body.put("color", CREATION_EVENT_COLOR);
        return bytes(body);
    }

    /**
     * The body of {@code PATCH website/{website_id}/people/profile/{people_id}} for a partial card
     * update: only the fields the change gives; segments as the whole new list.
     */
    public byte[] cardChangeBody(CardChange change) {
        ObjectNode body = json.createObjectNode();
        if (change.email() != null) {
            body.put("email", change.email().revealForCrm());
        }
        if (change.phone() != null || change.geolocation() != null) {
            ObjectNode person = body.putObject("person");
            if (change.phone() != null) {
                person.put("phone", change.phone().revealForCrm());
            }
            if (change.geolocation() != null) {
                putGeolocation(person, change.geolocation());
            }
        }
        if (change.segments() != null) {
            ArrayNode segments = body.putArray("segments");
            change.segments().stream().map(Segment::value).forEach(segments::add);
        }
        return bytes(body);
    }

    /** The path segment that names a profile by email (the caller URL-encodes it). */
    public String profileKey(EmailAddress email) {
        return email.revealForCrm();
    }

    /**
     * The query parameters that search profiles for a phone in the configured form, in each
     * written form of its subscriber (it and, for a BR, AR or MX mobile, the other form).
     */
    public Map<String, String> phoneSearch(PhoneNumber phone, PhoneSearch search) {
        return search.query(phone.writtenForms().stream().map(PhoneNumber::revealForCrm).toList());
    }

    private static void putGeolocation(ObjectNode person, Geolocation geolocation) {
        ObjectNode where = person.putObject("geolocation");
        if (geolocation.country() != null) {
            where.put("country", geolocation.country());
        }
        if (geolocation.city() != null) {
            where.put("city", geolocation.city());
        }
    }

    private byte[] bytes(Object node) {
        try {
            return json.writeValueAsBytes(node);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("a JSON tree could not be written", impossible);
        }
    }
}
