package app.richcontact.adapters.crisprest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.richcontact.application.port.out.ContactCreation;
import app.richcontact.application.port.out.FailureCause;
import app.richcontact.application.port.out.OutboundFailure;
import app.richcontact.domain.Channel;
import app.richcontact.domain.ContactId;
import app.richcontact.domain.EmailAddress;
import app.richcontact.domain.NewContact;
import app.richcontact.domain.PhoneNumber;
import app.richcontact.domain.Segment;
import app.richcontact.domain.SessionId;
import app.richcontact.domain.WebsiteId;
import app.richcontact.sandbox.Conversation;
import app.richcontact.sandbox.CrmProfile;
import app.richcontact.sandbox.MetaEmailLinks;
import app.richcontact.sandbox.ProfileEvent;
import app.richcontact.sandbox.SandboxOptions;
import app.richcontact.sandbox.SandboxRoutes;
import app.richcontact.sandbox.SandboxSwitch;
import app.richcontact.sandbox.Visitor;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What follows a creation, over REST against the sandbox: attach, unsubscribe, the profile event. */
class CrispFollowUpsTest {

    private static final Channel WHATSAPP = new Channel("whatsapp");
    private static final PhoneNumber PHONE = PhoneNumber.parse("+447700900321");

    private SandboxedGateway sandbox;

    @AfterEach
    void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    private SandboxedGateway sandbox(SandboxOptions.Builder options) {
        sandbox = new SandboxedGateway(options.set(SandboxSwitch.NATIVE_EMAIL_PROFILES, false), config -> config);
        return sandbox;
    }

    private ContactId placeholderContact(WebsiteId website) {
        ContactCreation creation = sandbox.gateway.contacts().create(website, new NewContact(PHONE.placeholderEmail(WHATSAPP),
                PHONE, null, List.of(Segment.of(WHATSAPP)), null));
        return ((ContactCreation.Created) creation).contact();
    }

    private CrmProfile profile(WebsiteId website, ContactId contact) {
        return sandbox.crisp.scenario().profile(website.value(), contact.value()).orElseThrow();
    }

    private SessionId conversation(WebsiteId website) throws Exception {
        Conversation conversation = sandbox.crisp.scenario().startConversation(website.value(),
                Visitor.from("urn:crisp.im:whatsapp:0").withPhone(PHONE.revealForCrm()));
        conversation.started().get(5, TimeUnit.SECONDS);
        return new SessionId(conversation.sessionId());
    }

    @Test
    void an_unsubscribed_placeholder_contact_receives_no_campaign_email_for_one_request() {
        sandbox(SandboxOptions.builder());
        WebsiteId website = sandbox.website();
        ContactId contact = placeholderContact(website);
        assertTrue(profile(website, contact).emailSubscribed());

        sandbox.gateway.contacts().unsubscribeFromEmail(website, contact);

        assertFalse(profile(website, contact).emailSubscribed());
        assertEquals(1, sandbox.crisp.requestLog().count(SandboxRoutes.SUBSCRIPTION_PATCH));
    }

    @Test
    void the_creation_event_names_the_channel_in_its_text_and_its_data() {
        sandbox(SandboxOptions.builder());
        WebsiteId website = sandbox.website();
        ContactId contact = placeholderContact(website);

        sandbox.gateway.contacts().addCreationEvent(website, contact, WHATSAPP);

        List<ProfileEvent> events = profile(website, contact).events();
        assertEquals(1, events.size());
        assertEquals("New contact from whatsapp (Rich Contact)", events.get(0).text());
        assertEquals("{\"channel\":\"whatsapp\"}", events.get(0).dataJson());
        assertEquals("green", events.get(0).color());
    }

    @Test
    void a_follow_up_on_a_profile_crisp_does_not_show_is_passing_trouble_to_retry() {
        sandbox(SandboxOptions.builder());
        WebsiteId website = sandbox.website();
        ContactId unknown = new ContactId(UUID.randomUUID().toString());
        OutboundFailure failure = assertThrows(OutboundFailure.class,
                () -> sandbox.gateway.contacts().unsubscribeFromEmail(website, unknown));
        assertEquals(FailureCause.UNAVAILABLE, failure.failureCause());
        assertThrows(OutboundFailure.class, () -> sandbox.gateway.contacts().addCreationEvent(website, unknown, WHATSAPP));
    }

    @Test
    void attaching_links_the_conversation_to_the_profile_where_crisp_links_on_the_meta_email() throws Exception {
        sandbox(SandboxOptions.builder().set(SandboxSwitch.META_EMAIL_LINKS, MetaEmailLinks.LINKS));
        WebsiteId website = sandbox.website();
        ContactId contact = placeholderContact(website);
        SessionId session = conversation(website);

        sandbox.gateway.conversations().attach(website, session, PHONE.placeholderEmail(WHATSAPP));

        assertEquals(contact, sandbox.gateway.conversations().snapshot(website, session).linkedContact());
    }

    @Test
    void attaching_is_accepted_but_links_nothing_where_crisp_ignores_the_meta_email() throws Exception {
        sandbox(SandboxOptions.builder());
        WebsiteId website = sandbox.website();
        placeholderContact(website);
        SessionId session = conversation(website);

        sandbox.gateway.conversations().attach(website, session, PHONE.placeholderEmail(WHATSAPP));

        assertNull(sandbox.gateway.conversations().snapshot(website, session).linkedContact());
        assertEquals(1, sandbox.crisp.requestLog().count(SandboxRoutes.CONVERSATION_META_PATCH));
    }

    @Test
    void a_lookup_by_email_tells_the_profiles_id_for_the_same_one_request() {
        sandbox(SandboxOptions.builder());
        WebsiteId website = sandbox.website();
        ContactId contact = placeholderContact(website);
        sandbox.crisp.scenario().ageCrm(java.time.Duration.ofMinutes(10));
        EmailAddress email = PHONE.placeholderEmail(WHATSAPP);
        assertEquals(contact, sandbox.gateway.contacts().existsWithEmail(website, email).orElseThrow().id());
        assertEquals(1, sandbox.crisp.requestLog().count(SandboxRoutes.PROFILE_GET));
    }
}
