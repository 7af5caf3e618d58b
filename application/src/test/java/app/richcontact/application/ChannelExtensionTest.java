package app.richcontact.application;

import static app.richcontact.application.CoreFixture.PHONE;
import static app.richcontact.application.CoreFixture.WEBSITE;
import static app.richcontact.application.CoreFixture.newSession;
import static app.richcontact.application.CoreFixture.visitor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import app.richcontact.application.port.out.CaptureOutcome;
import app.richcontact.domain.Channel;
import app.richcontact.domain.ChannelAlias;
import app.richcontact.domain.ChannelRules;
import app.richcontact.domain.NewContact;
import app.richcontact.domain.Segment;
import app.richcontact.domain.SessionId;
import app.richcontact.domain.WebsiteSettings;
import java.util.List;
import org.junit.jupiter.api.Test;

/** New channels arrive as configuration, not code: aliases name them, and unknown origins are reported. */
class ChannelExtensionTest {

    private static final String PROVIDER_URN = "urn:voice-provider.example:inbound:3";

    private final CoreFixture fixture = new CoreFixture(CaptureConfig.builder().channels(new ChannelRules(
            ChannelRules.DEFAULT_DENIED, List.of(ChannelAlias.parse("urn:voice-provider.example:*=aircall")))).build())
            .installed(WebsiteSettings.DEFAULTS);

    @Test
    void a_conversation_from_an_aliased_urn_creates_a_contact_with_the_aliased_segment_and_placeholder_domain() {
        SessionId session = newSession();
        fixture.crispKnows(session, PROVIDER_URN, visitor(PHONE, null, null, null));
        fixture.visitorMessage(session, PROVIDER_URN);
        fixture.windowCloses();

        CaptureOutcome.Created created = assertInstanceOf(CaptureOutcome.Created.class, fixture.onlyOutcome());
        assertEquals(new Channel("aircall"), created.channel());
        NewContact contact = fixture.contacts.contactsOf(WEBSITE).get(0);
        assertEquals(List.of(new Segment("aircall")), contact.segments());
        assertEquals("351925923040@aircall.nomail", contact.email().revealForCrm());
    }

    @Test
    void each_integration_origin_is_reported_once_with_how_it_was_read() {
        fixture.visitorMessage(newSession(), PROVIDER_URN);
        fixture.visitorMessage(newSession(), PROVIDER_URN);
        fixture.visitorMessage(newSession(), "urn:new-integration.example:pigeon:0");
        fixture.visitorMessage(newSession(), "urn:crisp.im:contact-form:0");
        fixture.visitorMessage(newSession(), "chat");

        assertEquals(List.of(PROVIDER_URN + " aircall ALIAS",
                "urn:new-integration.example:pigeon:0 pigeon INTEGRATION",
                "urn:crisp.im:contact-form:0 null DENIED"), fixture.sightings);
    }
}
