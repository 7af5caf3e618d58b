package app.richcontact.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class LateEmailAndSenderSessionsTest {

    private static final String WHATSAPP = "urn:crisp.im:whatsapp:0";

    @RegisterExtension
    final SandboxWithWebsite crisp = SandboxWithWebsite.withSynchronousStarts();

    private Conversation whatsapp(String nickname, String phone) {
        return crisp.scenario().startConversation(crisp.websiteId(),
                Visitor.from(WHATSAPP).withNickname(nickname).withPhone(phone));
    }

    @Test
    void a_visitor_who_gives_an_email_later_is_announced_and_linked_to_crisps_own_new_profile() throws Exception {
        Conversation conversation = whatsapp("Ana", "+351912345678");
        try (RtmClient client = RtmClient.authenticated(crisp.sandbox(),
                List.of(RtmEvents.SESSION_SET_EMAIL, RtmEvents.PEOPLE_BIND_SESSION))) {
            crisp.scenario().visitorGivesEmail(crisp.websiteId(), conversation.sessionId(), "ana@mail.example");
            assertEquals("ana@mail.example", client.expect(RtmEvents.SESSION_SET_EMAIL).json().getString("email"));
            String bound = client.expect(RtmEvents.PEOPLE_BIND_SESSION).json().getString("people_id");
            CrmProfile made = crisp.scenario().profileByEmail(crisp.websiteId(), "ana@mail.example").orElseThrow();
            assertEquals(made.peopleId(), bound);
            assertEquals("Ana", made.nickname());
            assertNull(made.phone(), "Crisp's own profile knows nickname and email only");
        }
        ConversationSnapshot snapshot = conversation.snapshot();
        assertEquals("ana@mail.example", snapshot.email());
        assertEquals(crisp.scenario().profileByEmail(crisp.websiteId(), "ana@mail.example").orElseThrow().peopleId(),
                snapshot.peopleId());
        assertTrue(crisp.scenario().personalValues().emails().contains("ana@mail.example"));
    }

    @Test
    void a_late_email_someone_holds_links_that_profile_and_relinks_a_session_linked_before() {
        String placeholder = crisp.scenario().preloadProfile(crisp.websiteId(),
                NewProfile.of("351912345678@whatsapp.nomail", "Ana", "+351912345678"));
        String real = crisp.scenario().preloadProfile(crisp.websiteId(), NewProfile.of("ana@mail.example", "Ana", null));
        Conversation conversation = whatsapp("Ana", "+351912345678").bindPeople(placeholder);
        crisp.scenario().visitorGivesEmail(crisp.websiteId(), conversation.sessionId(), "ANA@mail.example");
        assertEquals(real, conversation.snapshot().peopleId());
        assertEquals(2, crisp.scenario().crm(crisp.websiteId()).size());
    }

    @Test
    void without_native_email_profiles_a_late_email_changes_the_session_only() {
        crisp.sandbox().switches().set(SandboxSwitch.NATIVE_EMAIL_PROFILES, false);
        Conversation conversation = whatsapp("Ana", "+351912345678");
        crisp.scenario().visitorGivesEmail(crisp.websiteId(), conversation.sessionId(), "ana@mail.example");
        assertEquals("ana@mail.example", conversation.snapshot().email());
        assertNull(conversation.snapshot().peopleId());
        assertTrue(crisp.scenario().crm(crisp.websiteId()).isEmpty());
    }

    @Test
    void a_returning_sender_gets_a_new_session_by_default_and_keeps_theirs_when_senders_keep_one() {
        String first = whatsapp("Ana", "+351912345678").sessionId();
        assertNotEquals(first, whatsapp("Ana", "+351 912 345 678").sessionId());

        crisp.sandbox().switches().set(SandboxSwitch.SENDER_SESSIONS, SenderSessions.ONE_PER_SENDER);
        Conversation again = whatsapp("Ana", "+351 912 345 678");
        String kept = again.sessionId();
        assertEquals(kept, whatsapp("Ana", "+351912345678").sessionId(), "same origin, same phone digits");
        assertEquals(3, again.snapshot().visitorMessages(), "each conversation of the sender writes in it");
        assertNotEquals(kept, crisp.scenario().startConversation(crisp.websiteId(),
                Visitor.from("urn:crisp.im:sms:0").withNickname("Ana").withPhone("+351912345678")).sessionId());

        Visitor phoneless = Visitor.from("urn:crisp.im:instagram:0").withNickname("ana.insta");
        String instagram = crisp.scenario().startConversation(crisp.websiteId(), phoneless).sessionId();
        assertEquals(instagram, crisp.scenario().startConversation(crisp.websiteId(), phoneless).sessionId(),
                "a phone-less sender is known by its nickname");
        Visitor namesake = phoneless.withSender("instagram-user-2");
        String other = crisp.scenario().startConversation(crisp.websiteId(), namesake).sessionId();
        assertNotEquals(instagram, other, "a sender id tells namesakes apart");
        assertEquals(other, crisp.scenario().startConversation(crisp.websiteId(), namesake.withNickname("Bea"))
                .sessionId(), "and is kept when the nickname changes");
        assertNotEquals(crisp.scenario().startConversation(crisp.websiteId(), Visitor.from("chat").withNickname("Ana"))
                .sessionId(), crisp.scenario().startConversation(crisp.websiteId(), Visitor.from("chat")
                .withNickname("Ana")).sessionId(), "only messaging senders keep a session");
    }

    @Test
    void traffic_late_emails_arrive_after_their_conversations_and_each_new_phone_is_one_expected_contact() throws Exception {
        TrafficRun run = crisp.sandbox().startTraffic(TrafficOptions.builder().set(TrafficOptions.CONVERSATIONS_PER_SECOND, 1_000.0)
                .set(TrafficOptions.MAX_CONVERSATIONS, 30L).set(TrafficOptions.SEED, 5L)
                .set(TrafficOptions.WEIGHTS, Map.of(ConversationKind.LATE_EMAIL, 1))
                .set(TrafficOptions.LATE_EMAIL_DELAY, Duration.ZERO).build());
        assertTrue(run.awaitFinished(Duration.ofSeconds(10)));
        List<GeneratedConversation> generated = run.generated();
        assertTrue(generated.stream().allMatch(c -> c.kind() == ConversationKind.LATE_EMAIL || c.phone() == null),
                "late emails, or phone-less senders where a channel gives no phone");
        List<GeneratedConversation> late = generated.stream().filter(c -> c.kind() == ConversationKind.LATE_EMAIL).toList();
        assertTrue(late.size() > 5, "late emails generated: " + late.size());
        Await.until("every late email given and linked", () -> late.stream().allMatch(c -> {
            ConversationSnapshot snapshot = crisp.scenario().conversation(c.websiteId(), c.sessionId()).orElseThrow();
            return c.email().equals(snapshot.email()) && snapshot.peopleId() != null;
        }));
        assertEquals(late.stream().map(c -> c.websiteId() + c.phone()).distinct().count(), run.expectedNewContacts());
    }

    @Test
    void under_one_session_per_sender_traffic_returning_senders_write_in_their_first_session() throws Exception {
        crisp.sandbox().switches().set(SandboxSwitch.SENDER_SESSIONS, SenderSessions.ONE_PER_SENDER);
        TrafficRun run = crisp.sandbox().startTraffic(TrafficOptions.builder().set(TrafficOptions.CONVERSATIONS_PER_SECOND, 1_000.0)
                .set(TrafficOptions.MAX_CONVERSATIONS, 60L).set(TrafficOptions.SEED, 9L)
                .set(TrafficOptions.WEIGHTS, Map.of(ConversationKind.NEW_PHONE_ONLY, 1, ConversationKind.RETURNING, 2,
                        ConversationKind.PHONELESS_SENDER, 1)).build());
        assertTrue(run.awaitFinished(Duration.ofSeconds(10)));
        Map<String, String> firstSession = run.generated().stream().filter(c -> c.kind() == ConversationKind.NEW_PHONE_ONLY)
                .collect(Collectors.toMap(c -> c.websiteId() + c.origin() + c.phone(), GeneratedConversation::sessionId));
        List<GeneratedConversation> returning = run.generated().stream()
                .filter(c -> c.kind() == ConversationKind.RETURNING).toList();
        assertTrue(returning.size() > 5);
        returning.forEach(c -> assertEquals(firstSession.get(c.websiteId() + c.origin() + c.phone()), c.sessionId()));
        long phoneless = run.countsByKind().get(ConversationKind.PHONELESS_SENDER);
        assertTrue(phoneless > 5);
        Set<String> sessions = run.generated().stream().map(GeneratedConversation::sessionId).collect(Collectors.toSet());
        assertEquals(firstSession.size() + phoneless, sessions.size(), "every phone-less first visit is a new sender");
    }
}
