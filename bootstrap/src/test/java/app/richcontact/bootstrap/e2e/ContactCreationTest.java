package app.richcontact.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import app.richcontact.sandbox.CrispSandbox;
import app.richcontact.sandbox.CrmProfile;
import app.richcontact.sandbox.Geolocation;
import app.richcontact.sandbox.InstalledWebsite;
import app.richcontact.sandbox.SandboxRoutes;
import app.richcontact.sandbox.SandboxSwitch;
import app.richcontact.sandbox.Visitor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Contacts the plugin creates, read back from the sandbox's CRM: what a contact holds by default,
 * with geolocation, with extra segments, for the selected channels only, keyed on a real email,
 * and exactly one when one phone writes on two channels at the same moment.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContactCreationTest {

    private static final String WHATSAPP = "urn:crisp.im:whatsapp:0";
    private static final String AIRCALL = "urn:aircall.com:aircall:0";
    private static final Geolocation LISBON = new Geolocation("PT", "Lisboa", "Lisbon");

    private CrispSandbox crisp;
    private RunningPlugin plugin;
    private InstalledWebsite defaults;
    private InstalledWebsite geolocated;
    private InstalledWebsite segmented;
    private InstalledWebsite someChannels;
    private InstalledWebsite realEmails;
    private InstalledWebsite race;

    @BeforeAll
    void start() {
        crisp = CrispSandbox.start(RunningPlugin.sandboxOptions().build());
        defaults = RunningPlugin.install(crisp, "Defaults", "{}");
        geolocated = RunningPlugin.install(crisp, "Geolocated", "{\"geolocation\": true}");
        segmented = RunningPlugin.install(crisp, "Segmented", "{\"segments\": [\"vip\", \"spring-sale\"]}");
        someChannels = RunningPlugin.install(crisp, "Some channels",
                "{\"all_channels\": false, \"channels\": [\"telegram\", \"aircall\"]}");
        realEmails = RunningPlugin.install(crisp, "Real emails", "{\"skip_if_email_exists\": false}");
        race = RunningPlugin.install(crisp, "Race", "{}");
        plugin = RunningPlugin.start(crisp);
    }

    @AfterAll
    void stop() {
        try {
            plugin.close();
        } finally {
            crisp.close();
        }
    }

    private void converse(InstalledWebsite website, Visitor visitor) {
        crisp.scenario().startConversation(website.websiteId(), visitor);
    }

    private static CrmProfile only(List<CrmProfile> profiles) {
        assertEquals(1, profiles.size(), () -> "one contact, not " + profiles);
        return profiles.get(0);
    }

    @Test
    void a_new_phone_only_whatsapp_visitor_becomes_one_contact_with_a_placeholder_email_phone_name_and_channel_segment() {
        Canaries.Phone phone = Canaries.phone();
        String name = Canaries.name();
        Map<String, Long> before = plugin.captureRequests();

        converse(defaults, Visitor.from(WHATSAPP).withNickname(name).withPhone(phone.spaced()).withGeolocation(LISBON));

        CrmProfile contact = only(plugin.awaitCrm(defaults, 1));
        assertEquals(phone.digits() + "@whatsapp.nomail", contact.email());
        assertEquals(phone.e164(), contact.phone());
        assertEquals(name, contact.nickname());
        assertEquals(List.of("whatsapp"), contact.segments());
        assertNull(contact.geolocation(), "geolocation is off by default");
        Map<String, Long> cost = plugin.captureRequestsSince(before);
        // The follow-ups (attach, unsubscribe) of another test's contact may land meanwhile: ContactFollowUpsTest
        // counts them alone.
        cost.keySet().retainAll(List.of(SandboxRoutes.CONVERSATION, SandboxRoutes.PROFILES_SEARCH, SandboxRoutes.PROFILE_CREATE));
        assertEquals(Map.of(SandboxRoutes.CONVERSATION, 1L, SandboxRoutes.PROFILES_SEARCH, 1L, SandboxRoutes.PROFILE_CREATE, 1L),
                cost, "finding that the contact is new and creating it costs three Crisp requests");
    }

    @Test
    void with_geolocation_on_the_contact_gets_the_country_and_city_of_the_session() {
        Canaries.Phone phone = Canaries.phone();

        converse(geolocated, Visitor.from("urn:crisp.im:telegram:0").withNickname(Canaries.name())
                .withPhone(phone.e164()).withGeolocation(LISBON));

        CrmProfile contact = only(plugin.awaitCrm(geolocated, 1));
        assertEquals("PT", contact.geolocation().country());
        assertEquals("Lisbon", contact.geolocation().city());
        assertEquals(List.of("telegram"), contact.segments());
    }

    @Test
    void custom_segments_follow_the_channel_segment() {
        converse(segmented, Visitor.from("urn:crisp.im:instagram:0").withNickname(Canaries.name())
                .withPhone(Canaries.phone().spaced()));

        CrmProfile contact = only(plugin.awaitCrm(segmented, 1));
        assertEquals(List.of("instagram", "vip", "spring-sale"), contact.segments());
    }

    @Test
    void with_a_channel_selection_only_the_selected_channels_get_contacts() {
        Canaries.Phone onWhatsapp = Canaries.phone();
        Canaries.Phone onTelegram = Canaries.phone();
        Canaries.Phone onAircall = Canaries.phone();
        double notSelected = plugin.captures("skipped", "channel_not_selected", "whatsapp");

        converse(someChannels, Visitor.from(WHATSAPP).withNickname(Canaries.name()).withPhone(onWhatsapp.e164()));
        converse(someChannels, Visitor.from("urn:crisp.im:telegram:0").withPhone(onTelegram.e164()));
        converse(someChannels, Visitor.from(AIRCALL).withPhone(onAircall.spaced()));

        List<CrmProfile> contacts = plugin.awaitCrm(someChannels, 2);
        Await.until("the WhatsApp conversation to be skipped",
                () -> plugin.captures("skipped", "channel_not_selected", "whatsapp") == notSelected + 1);
        assertEquals(Set.of(onTelegram.e164(), onAircall.e164()),
                contacts.stream().map(CrmProfile::phone).collect(Collectors.toSet()));
        assertEquals(Set.of(List.of("telegram"), List.of("aircall")),
                contacts.stream().map(CrmProfile::segments).collect(Collectors.toSet()));
        assertEquals(2, plugin.crm(someChannels).size());
    }

    @Test
    void with_skip_if_email_exists_off_a_visitor_with_an_email_gets_a_contact_keyed_on_that_email() {
        Canaries.Phone phone = Canaries.phone();
        String email = Canaries.email();
        String name = Canaries.name();
        // Crisp would otherwise make that contact itself, from the email (see SkipReasonsTest).
        crisp.switches().set(SandboxSwitch.NATIVE_EMAIL_PROFILES, false);
        try {
            converse(realEmails, Visitor.from(WHATSAPP).withNickname(name).withPhone(phone.e164()).withEmail(email));

            CrmProfile contact = only(plugin.awaitCrm(realEmails, 1));
            assertEquals(email, contact.email());
            assertEquals(phone.e164(), contact.phone());
            assertEquals(name, contact.nickname());
            assertEquals(List.of("whatsapp"), contact.segments());
        } finally {
            crisp.switches().set(SandboxSwitch.NATIVE_EMAIL_PROFILES, true);
        }
    }

    @Test
    void one_phone_on_whatsapp_and_aircall_at_the_same_moment_makes_exactly_one_contact() {
        List<Canaries.Phone> phones = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            phones.add(Canaries.phone());
        }
        double ended = plugin.capturesEnded();
        Map<String, Long> before = plugin.captureRequests();

        for (Canaries.Phone phone : phones) {
            // Both starts are emitted before the calls return: the two windows open and close together.
            converse(race, Visitor.from(WHATSAPP).withNickname(Canaries.name()).withPhone(phone.e164()));
            converse(race, Visitor.from(AIRCALL).withPhone(phone.spaced()));
        }

        Await.until("all ten captures to end", () -> plugin.capturesEnded() == ended + 10);
        List<CrmProfile> contacts = plugin.crm(race);
        Set<String> expected = phones.stream().map(Canaries.Phone::e164).collect(Collectors.toCollection(TreeSet::new));
        Set<String> created = contacts.stream().map(CrmProfile::phone).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, created);
        assertEquals(5, contacts.size(), () -> "one contact per phone: " + contacts);
        assertEquals(5L, plugin.captureRequestsSince(before).get(SandboxRoutes.PROFILE_CREATE),
                "the loser of each race checks the phone again and creates nothing");
    }
}
