package app.richcontact.adapters.crisprest.wire;

import app.richcontact.application.port.out.ConversationSnapshot;
import app.richcontact.application.port.out.ConversationSummary;
import app.richcontact.domain.ContactId;
import app.richcontact.domain.EmailAddress;
import app.richcontact.domain.Nickname;
import app.richcontact.domain.Origin;
import app.richcontact.domain.PhoneNumber;
import app.richcontact.domain.SessionId;
import app.richcontact.domain.VisitorDetails;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Optional;

/** Crisp's conversation JSON into snapshots and summaries; invalid fields are left out. */
public final class ConversationJson {

    private ConversationJson() {
    }

    /** From the {@code data} of {@code GET website/{website_id}/conversation/{session_id}}. */
    public static ConversationSnapshot snapshot(JsonNode conversation) {
        return new ConversationSnapshot(visitor(conversation.path("meta")),
                JsonFields.parsed(conversation, "people_id", ContactId::new));
    }

    /** One item of the conversations list; empty when it has no valid session id. */
    public static Optional<ConversationSummary> summary(JsonNode item) {
        SessionId session = JsonFields.parsed(item, "session_id", SessionId::new);
        if (session == null) {
            return Optional.empty();
        }
        Origin origin = JsonFields.parsed(item.path("meta"), "origin", Origin::new);
        JsonNode created = item.get("created_at");
        Instant createdAt = created != null && created.canConvertToLong() ? Instant.ofEpochMilli(created.asLong()) : null;
        boolean linked = JsonFields.parsed(item, "people_id", ContactId::new) != null;
        return Optional.of(new ConversationSummary(session, origin, createdAt, linked));
    }

    private static VisitorDetails visitor(JsonNode meta) {
        return new VisitorDetails(
                JsonFields.parsed(meta, "phone", PhoneNumber::parse),
                JsonFields.parsed(meta, "email", EmailAddress::parse),
                JsonFields.parsed(meta, "nickname", Nickname::parse),
                JsonFields.geolocation(meta.path("device").path("geolocation")));
    }
}
