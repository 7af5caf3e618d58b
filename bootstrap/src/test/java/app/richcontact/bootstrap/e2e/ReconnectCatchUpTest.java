package app.richcontact.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.richcontact.sandbox.CrispSandbox;
import app.richcontact.sandbox.CrmProfile;
import app.richcontact.sandbox.InstalledWebsite;
import app.richcontact.sandbox.SandboxSwitch;
import app.richcontact.sandbox.TrafficOptions;
import app.richcontact.sandbox.TrafficRun;
import app.richcontact.sandbox.Visitor;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Crisp's real-time side goes down in the middle of a stream of conversations and comes back.
 * Crisp replays nothing, so the plugin scans the conversations created while it was deaf
 * (catch-up): every contact is created, none twice. With production settings a catch-up starts
 * at most once a minute and the first one runs at start-up, so this test waits about a minute;
 * the other classes run meanwhile.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReconnectCatchUpTest {

    /** A minute of catch-up spacing, a reconnect back-off of up to 17.5 s, then the work, on a busy machine. */
    private static final Duration CATCH_UP = Duration.ofSeconds(150);

    /**
     * The traffic's seed: fixed, so that a failure replays the same visitors and kinds in the same
     * order (-Drichcontact.e2e.trafficSeed=N tries another); every message names it.
     */
    private final long seed = Long.getLong("richcontact.e2e.trafficSeed", 20_261_201L);
    private CrispSandbox crisp;
    private TrafficRun traffic;
    private RunningPlugin plugin;
    private InstalledWebsite quiet;

    @BeforeAll
    void start() {
        // Conversation starts unfold as in production here: data follows the first message, 10 ms apart.
        crisp = CrispSandbox.start(RunningPlugin.sandboxOptions().set(SandboxSwitch.EVENT_SPACING, Duration.ofMillis(10)).build());
        quiet = RunningPlugin.install(crisp, "Quiet while down", "{}");
        // The traffic's websites exist before the plugin starts, so that it loads them and hears them from the start.
        traffic = crisp.startTraffic(TrafficOptions.builder().set(TrafficOptions.WEBSITES, 2)
                .set(TrafficOptions.DISABLED_WEBSITES, 1).set(TrafficOptions.CONVERSATIONS_PER_SECOND, 6.0)
                .set(TrafficOptions.PRELOADED_PROFILES, 3).set(TrafficOptions.SEED, seed).build());
        traffic.websites().forEach(website -> Canaries.secret(website.token()));
        plugin = RunningPlugin.start(crisp, Map.of("RICHCONTACT_COLLECTION_WINDOW", "1s"));
    }

    @AfterAll
    void stop() {
        try {
            traffic.stop();
            plugin.close();
        } finally {
            crisp.close();
        }
    }

    private void awaitConversations(long count) {
        Await.until(count + " conversations", Duration.ofSeconds(30), () -> traffic.started() >= count);
    }

    /** The contacts the plugin made on the traffic's websites (Crisp's own have real emails). */
    /**
     * The phone contacts the plugin made on the traffic's websites (the traffic expects those; a
     * phone-less sender's contact, keyed on its session, is unique by its email anyway).
     */
    private List<CrmProfile> createdOnTraffic() {
        return traffic.websites().stream()
                .flatMap(website -> plugin.crm(website).stream().map(profile -> Map.entry(website, profile)))
                .filter(entry -> entry.getValue().email().endsWith(".nomail") && entry.getValue().phone() != null)
                .map(Map.Entry::getValue).toList();
    }

    @Test
    void conversations_started_while_the_real_time_side_was_down_get_their_contacts_once_it_is_back() {
        awaitConversations(10);

        crisp.rtm().kill();
        // An abrupt cut may be seen only when the heartbeat runs out (a ping every 25 s, up to 20 s late).
        Await.until("the plugin to notice", Duration.ofSeconds(60), () -> plugin.metric("richcontact_rtm_state{state=\"authenticated\"}") == 0);
        Canaries.Phone whatsapp = Canaries.phone();
        Canaries.Phone telegram = Canaries.phone();
        crisp.scenario().startConversation(quiet.websiteId(), Visitor.from("urn:crisp.im:whatsapp:0")
                .withNickname(Canaries.name()).withPhone(whatsapp.e164()));
        crisp.scenario().startConversation(quiet.websiteId(), Visitor.from("urn:crisp.im:telegram:0")
                .withNickname(Canaries.name()).withPhone(telegram.spaced()));
        awaitConversations(traffic.started() + 10);
        crisp.rtm().restore();
        awaitConversations(traffic.started() + 10);
        traffic.stop();

        List<CrmProfile> missed = plugin.awaitCrm(quiet, 2, CATCH_UP);
        assertEquals(Set.of(whatsapp.e164(), telegram.e164()), missed.stream().map(CrmProfile::phone).collect(Collectors.toSet()));
        long expected = traffic.expectedNewContacts();
        Await.until(expected + " contacts on the traffic's websites (seed " + seed + ")", CATCH_UP,
                () -> createdOnTraffic().size() >= expected, () -> createdOnTraffic().size() + " so far, by kind "
                        + traffic.countsByKind());
        List<CrmProfile> created = createdOnTraffic();
        Set<String> phones = created.stream().map(CrmProfile::phone).collect(Collectors.toSet());
        assertEquals(expected, created.size(), () -> "exactly the expected contacts (seed " + seed + "): " + created);
        assertEquals(created.size(), phones.size(), "no phone twice");
        String metrics = plugin.metrics();
        assertTrue(RunningPlugin.valueIn(metrics, "richcontact_rtm_reconnects_total") >= 1);
        assertTrue(RunningPlugin.valueIn(metrics, "richcontact_rtm_catch_ups_total") >= 2, "start-up, then the gap");
        assertEquals(1, RunningPlugin.valueIn(metrics, "richcontact_rtm_state{state=\"authenticated\"}"));
    }
}
