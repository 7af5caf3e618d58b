package app.richcontact.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.richcontact.bootstrap.PluginConfiguration;
import app.richcontact.sandbox.CrispSandbox;
import app.richcontact.sandbox.InstalledWebsite;
import app.richcontact.sandbox.TcpRelay;
import app.richcontact.sandbox.Visitor;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two replicas of the whole plugin against one sandbox and fabric8's mock Kubernetes API server
 * (CRUD mode, real HTTP), with short lease timings: one is active, the other stands by, and when
 * the active one is cut from the API server the other takes over; each contact is made once.
 * The process kill and the stalled JVM are drills of {@code ./bench} (sections "failover").
 */
class FailoverTest {

    private final KubernetesMockServer api = new KubernetesMockServer(new Context(), new MockWebServer(), new HashMap<>(),
            new KubernetesCrudDispatcher(), false);
    private final List<AutoCloseable> running = new ArrayList<>();
    private CrispSandbox crisp;
    private InstalledWebsite website;

    @BeforeEach
    void start() {
        api.init(InetAddress.getLoopbackAddress(), 0);
        crisp = CrispSandbox.start(RunningPlugin.sandboxOptions().build());
        website = RunningPlugin.install(crisp, "Two replicas", "{}");
    }

    @AfterEach
    void stop() throws Exception {
        for (int i = running.size() - 1; i >= 0; i--) {
            running.get(i).close();
        }
        crisp.close();
        api.destroy();
    }

    @Test
    void the_standby_takes_over_from_an_active_replica_cut_from_the_api_server_and_each_contact_is_made_once()
            throws Exception {
        TcpRelay toApi = new TcpRelay(api.getPort());
        running.add(toApi);
        RunningPlugin a = replica("replica-a", toApi.port());
        Await.until("replica-a to be active", () -> active(a) == 1);
        RunningPlugin b = replica("replica-b", api.getPort());
        assertEquals(0, active(b), "one active replica");
        assertTrue(b.bodyOf("/health/ready").contains("standby since"), b.bodyOf("/health/ready"));

        List<String> phones = new ArrayList<>();
        phones.add(converse());
        phones.add(converse());
        Await.until("the contacts of the active replica", () -> crm().size() == 2);

        toApi.cut();
        // Whoever is active when it arrives captures it, or the new active replica's catch-up does.
        phones.add(converse());
        Await.until("replica-b to take over", () -> active(b) == 1);
        Await.until("replica-a to stand by", () -> active(a) == 0);
        phones.add(converse());
        phones.add(converse());

        Await.until("every contact", Duration.ofSeconds(30), () -> crm().size() >= phones.size(), () -> crm().toString());
        assertEquals(phones.stream().sorted().toList(), crm().stream().sorted().toList(), "each contact once");
    }

    private RunningPlugin replica(String name, int apiPort) {
        RunningPlugin plugin = RunningPlugin.start(crisp, Map.of(
                PluginConfiguration.LEADER_ELECTION, "true",
                PluginConfiguration.KUBERNETES_API, "http://127.0.0.1:" + apiPort + "/",
                PluginConfiguration.LEASE_NAMESPACE, "plugins",
                PluginConfiguration.REPLICA_NAME, name,
                PluginConfiguration.LEASE_DURATION, "1500ms",
                PluginConfiguration.LEASE_RENEW_DEADLINE, "1s",
                PluginConfiguration.LEASE_RETRY_PERIOD, "200ms"));
        running.add(plugin);
        return plugin;
    }

    private static double active(RunningPlugin plugin) {
        return RunningPlugin.valueIn(plugin.metrics(), "richcontact_active");
    }

    private String converse() {
        Canaries.Phone phone = Canaries.phone();
        crisp.scenario().startConversation(website.websiteId(),
                Visitor.from("urn:crisp.im:whatsapp:0").withNickname(Canaries.name()).withPhone(phone.e164()));
        return phone.e164();
    }

    private List<String> crm() {
        return crisp.scenario().crm(website.websiteId()).stream().map(profile -> profile.phone()).toList();
    }
}
