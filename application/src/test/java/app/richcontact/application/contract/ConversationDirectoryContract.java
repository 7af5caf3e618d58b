package app.richcontact.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import app.richcontact.application.port.out.ConversationDirectory;
import app.richcontact.application.port.out.ConversationPage;
import app.richcontact.application.port.out.ConversationSnapshot;
import app.richcontact.application.port.out.ConversationSummary;
import app.richcontact.domain.ContactId;
import app.richcontact.domain.EmailAddress;
import app.richcontact.domain.Geolocation;
import app.richcontact.domain.Nickname;
import app.richcontact.domain.Origin;
import app.richcontact.domain.PhoneNumber;
import app.richcontact.domain.SessionId;
import app.richcontact.domain.VisitorDetails;
import app.richcontact.domain.WebsiteId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link ConversationDirectory} must do, against the fake and against the sandbox. */
public abstract class ConversationDirectoryContract {

    protected abstract ConversationDirectory directory();

    /** A website that installed the plugin, new for each test, with no conversation. */
    protected abstract WebsiteId website();

    /** Creates a conversation now in the system under test, with that origin, visitor and link. */
    protected abstract SessionId givenConversation(WebsiteId website, Origin origin, VisitorDetails visitor,
                                                   ContactId linked);

    /** The current time of the system under test. */
    protected abstract Instant now();

    private static final VisitorDetails JANE = new VisitorDetails(PhoneNumber.parse("+351925923040"),
            EmailAddress.parse("jane@example.com"), Nickname.parse("Jane Doe"), new Geolocation("PT", "Lisboa"));

    @Test
    void a_snapshot_gives_what_is_known_of_the_visitor_and_no_link() {
        WebsiteId website = website();
        SessionId session = givenConversation(website, new Origin("urn:crisp.im:whatsapp:0"), JANE, null);
        ConversationSnapshot snapshot = directory().snapshot(website, session);
        assertEquals(JANE, snapshot.visitor());
        assertNull(snapshot.linkedContact());
    }

    @Test
    void a_snapshot_of_a_linked_session_names_its_profile() {
        WebsiteId website = website();
        ContactId linked = new ContactId(UUID.randomUUID().toString());
        SessionId session = givenConversation(website, new Origin("urn:crisp.im:whatsapp:0"),
                VisitorDetails.NONE.withPhone(PhoneNumber.parse("+14155550100")), linked);
        assertEquals(linked, directory().snapshot(website, session).linkedContact());
    }

    @Test
    void a_snapshot_of_a_session_that_knows_nothing_is_empty() {
        WebsiteId website = website();
        SessionId session = givenConversation(website, new Origin("urn:crisp.im:telegram:0"), VisitorDetails.NONE, null);
        assertEquals(new ConversationSnapshot(VisitorDetails.NONE, null), directory().snapshot(website, session));
    }

    @Test
    void the_listing_gives_every_conversation_created_in_the_range_page_by_page() {
        WebsiteId website = website();
        Instant from = now().minus(Duration.ofSeconds(1));
        Set<SessionId> created = new HashSet<>();
        for (int i = 0; i < 23; i++) {
            created.add(givenConversation(website, i % 2 == 0 ? Origin.CHAT : new Origin("urn:crisp.im:whatsapp:0"),
                    VisitorDetails.NONE, null));
        }
        Instant until = now().plus(Duration.ofSeconds(1));
        List<ConversationSummary> listed = new ArrayList<>();
        for (int page = 1; page <= 10; page++) {
            ConversationPage listing = directory().createdBetween(website, from, until, page);
            listed.addAll(listing.conversations());
            if (!listing.mayHaveMore()) {
                break;
            }
        }
        assertEquals(created, new HashSet<>(listed.stream().map(ConversationSummary::session).toList()));
        assertEquals(23, listed.size());
        assertEquals(11, listed.stream().filter(summary -> summary.origin().isUrn()).count());
        listed.forEach(summary -> assertFalse(summary.linked()));
    }

    @Test
    void the_listing_leaves_out_conversations_outside_the_range() {
        WebsiteId website = website();
        givenConversation(website, Origin.CHAT, VisitorDetails.NONE, null);
        Instant future = now().plus(Duration.ofHours(1));
        ConversationPage listing = directory().createdBetween(website, future, future.plus(Duration.ofHours(1)), 1);
        assertEquals(List.of(), listing.conversations());
        assertFalse(listing.mayHaveMore());
    }
}
