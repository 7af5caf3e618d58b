package app.richcontact.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TrafficTest {

    private static final Set<String> PHONELESS = Set.of("urn:crisp.im:instagram:0", "urn:crisp.im:messenger:0",
            "urn:crisp.im:telegram:0");

    @Test
    void each_channels_senders_can_be_given_phones_or_not() throws Exception {
        try (CrispSandbox sandbox = CrispSandbox.start(SandboxOptions.builder().set(SandboxSwitch.EVENT_SPACING, Duration.ZERO).build())) {
            TrafficRun everywhere = sandbox.startTraffic(TrafficOptions.builder().set(TrafficOptions.CONVERSATIONS_PER_SECOND, 1_000.0)
                    .set(TrafficOptions.MAX_CONVERSATIONS, 200L).set(TrafficOptions.SEED, 3L)
                    .set(TrafficOptions.CHANNEL_PROFILES, TrafficOptions.PHONES_ON_EVERY_CHANNEL).build());
            assertTrue(everywhere.awaitFinished(Duration.ofSeconds(10)));
            assertEquals(0, everywhere.countsByKind().get(ConversationKind.PHONELESS_SENDER));

            TrafficRun telegramOnly = sandbox.startTraffic(TrafficOptions.builder().set(TrafficOptions.CONVERSATIONS_PER_SECOND, 1_000.0)
                    .set(TrafficOptions.MAX_CONVERSATIONS, 100L).set(TrafficOptions.SEED, 3L)
                    .set(TrafficOptions.CHANNEL_PROFILES, java.util.Map.of("urn:crisp.im:telegram:0", ChannelProfile.NICKNAME_ONLY))
                    .channelProfile("urn:crisp.im:line:0", ChannelProfile.NICKNAME_ONLY).build());
            assertTrue(telegramOnly.awaitFinished(Duration.ofSeconds(10)));
            assertTrue(telegramOnly.generated().stream().filter(c -> c.origin().startsWith("urn:"))
                    .allMatch(c -> c.phone() == null && c.kind() != ConversationKind.NEW_PHONE_ONLY), "no channel gives a phone");
            assertEquals(0, telegramOnly.expectedNewContacts());
        }
    }

    @Test
    void the_generator_starts_tagged_conversations_of_every_kind_at_a_steady_rate_until_its_limit() throws Exception {
        try (CrispSandbox sandbox = CrispSandbox.start(SandboxOptions.builder().set(SandboxSwitch.EVENT_SPACING, Duration.ZERO).build())) {
            TrafficRun run = sandbox.startTraffic(TrafficOptions.builder()
                    .set(TrafficOptions.WEBSITES, 3).set(TrafficOptions.DISABLED_WEBSITES, 1)
                    .set(TrafficOptions.CONVERSATIONS_PER_SECOND, 2_000.0).set(TrafficOptions.MAX_CONVERSATIONS, 400L)
                    .set(TrafficOptions.SEED, 42L).weight(ConversationKind.LATE_EMAIL, 5)
                    .set(TrafficOptions.LATE_EMAIL_DELAY, Duration.ZERO).build());
            assertTrue(run.awaitFinished(Duration.ofSeconds(10)));
            assertFalse(run.isRunning());
            List<GeneratedConversation> generated = run.generated();
            assertTrue(generated.size() >= 400 && generated.size() <= 401, "pairs may overshoot by one: " + generated.size());
            assertEquals(run.started(), generated.size());
            assertEquals(4, run.websites().size());

            Map<ConversationKind, Long> counts = run.countsByKind();
            for (ConversationKind kind : ConversationKind.values()) {
                assertTrue(counts.get(kind) > 0, kind + " never generated");
            }
            for (GeneratedConversation conversation : generated) {
                assertTrue(sandbox.scenario().conversation(conversation.websiteId(), conversation.sessionId()).isPresent());
                switch (conversation.kind()) {
                    case NON_CHANNEL_ORIGIN -> assertTrue(Set.of("chat", "email").contains(conversation.origin()));
                    case WITH_EMAIL -> assertTrue(conversation.email() != null && conversation.origin().startsWith("urn:"));
                    case PHONELESS_SENDER -> {
                        assertTrue(PHONELESS.contains(conversation.origin()), conversation.toString());
                        assertNull(conversation.phone());
                    }
                    case LATE_EMAIL -> assertTrue(conversation.email() != null && conversation.phone() != null
                            && conversation.origin().startsWith("urn:"));
                    case DISABLED_WEBSITE -> assertEquals(PHONELESS.contains(conversation.origin()), conversation.phone() == null);
                    default -> {
                        assertFalse(PHONELESS.contains(conversation.origin()), conversation.toString());
                        assertTrue(conversation.origin().startsWith("urn:"), conversation.toString());
                        assertTrue(conversation.phone() != null);
                        assertNull(conversation.email());
                    }
                }
            }
            Set<String> disabled = run.websites().stream()
                    .filter(w -> sandbox.scenario().settingsOf(w.websiteId()).contains("\"enabled\":false"))
                    .map(InstalledWebsite::websiteId).collect(Collectors.toSet());
            assertEquals(1, disabled.size());
            generated.stream().filter(c -> c.kind() == ConversationKind.DISABLED_WEBSITE)
                    .forEach(c -> assertTrue(disabled.contains(c.websiteId())));

            // Cross-channel pairs: same digits, two channels.
            Map<String, List<GeneratedConversation>> pairs = generated.stream()
                    .filter(c -> c.kind() == ConversationKind.CROSS_CHANNEL_DUPLICATE)
                    .collect(Collectors.groupingBy(c -> c.websiteId() + c.phone().replaceAll("\\D", "")));
            pairs.values().forEach(pair -> {
                assertEquals(2, pair.size());
                assertNotEquals(pair.get(0).origin(), pair.get(1).origin());
            });

            Set<String> expected = new HashSet<>();
            generated.stream().filter(c -> c.kind().makesContact())
                    .forEach(c -> expected.add(c.websiteId() + "|" + c.phone().replaceAll("\\D", "")));
            assertEquals(expected.size(), run.expectedNewContacts());

            // Returning visitors reuse a phone that first came as a new visitor on the same website.
            Set<String> firstSeen = generated.stream().filter(c -> c.kind() == ConversationKind.NEW_PHONE_ONLY
                            || c.kind() == ConversationKind.CROSS_CHANNEL_DUPLICATE || c.kind() == ConversationKind.LATE_EMAIL)
                    .map(c -> c.websiteId() + "|" + c.phone().replaceAll("\\D", "")).collect(Collectors.toSet());
            generated.stream().filter(c -> c.kind() == ConversationKind.RETURNING)
                    .forEach(c -> assertTrue(firstSeen.contains(c.websiteId() + "|" + c.phone().replaceAll("\\D", ""))));
        }
    }

    @Test
    void a_seed_makes_the_mix_repeatable() throws Exception {
        List<ConversationKind> first = kinds(7);
        List<ConversationKind> second = kinds(7);
        assertEquals(first, second);
    }

    private static List<ConversationKind> kinds(long seed) throws Exception {
        try (CrispSandbox sandbox = CrispSandbox.start(SandboxOptions.builder().set(SandboxSwitch.EVENT_SPACING, Duration.ZERO).build())) {
            TrafficRun run = sandbox.startTraffic(TrafficOptions.builder().set(TrafficOptions.CONVERSATIONS_PER_SECOND, 1_000.0)
                    .set(TrafficOptions.MAX_CONVERSATIONS, 50L).set(TrafficOptions.SEED, seed).build());
            assertTrue(run.awaitFinished(Duration.ofSeconds(10)));
            return run.generated().stream().map(GeneratedConversation::kind).toList();
        }
    }
}
