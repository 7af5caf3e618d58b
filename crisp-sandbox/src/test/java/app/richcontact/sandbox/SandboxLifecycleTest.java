package app.richcontact.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SandboxLifecycleTest {

    @Test
    void it_starts_on_a_free_port_and_announces_urls_on_that_port() throws Exception {
        try (CrispSandbox sandbox = CrispSandbox.start()) {
            assertTrue(sandbox.port() > 0);
            assertEquals("http://127.0.0.1:" + sandbox.port() + "/v1/", sandbox.restBaseUrl().toString());
            assertEquals("/rtm/", sandbox.rtmUrl().getPath());
            assertEquals(200, CrispHttp.of(sandbox).get("plugin/connect/account").status());
        }
    }

    @Test
    void two_sandboxes_run_side_by_side_with_their_own_credentials() throws Exception {
        try (CrispSandbox first = CrispSandbox.start(); CrispSandbox second = CrispSandbox.start()) {
            assertNotEquals(first.port(), second.port());
            assertNotEquals(first.pluginKey(), second.pluginKey());
            assertEquals(401, CrispHttp.as(second, first.pluginIdentifier(), first.pluginKey())
                    .get("plugin/connect/account").status());
        }
    }

    @Test
    void closing_frees_the_port_and_leaves_no_live_non_daemon_sandbox_thread() throws Exception {
        CrispSandbox sandbox = CrispSandbox.start();
        int port = sandbox.port();
        sandbox.close();
        assertThrows(IOException.class, () -> new Socket("127.0.0.1", port).close());
        try (ServerSocket again = new ServerSocket(port)) {
            assertEquals(port, again.getLocalPort());
        }
        Await.until("sandbox threads to end", () -> Thread.getAllStackTraces().keySet().stream()
                .noneMatch(t -> t.isAlive() && !t.isDaemon() && t.getName().startsWith("sandbox")));
    }

    @Test
    void a_running_sandbox_adds_no_non_daemon_thread_so_a_forgotten_one_cannot_keep_the_jvm_alive() throws Exception {
        Set<Thread> before = nonDaemonThreads();
        try (CrispSandbox sandbox = CrispSandbox.start()) {
            InstalledWebsite website = sandbox.scenario().installWebsite("Acme");
            sandbox.scenario().startConversation(website.websiteId(), Visitor.from("chat"));
            assertEquals(200, CrispHttp.of(sandbox).get("plugin/connect/account").status());
            try (RtmClient client = RtmClient.authenticated(sandbox, RtmEvents.ALL)) {
                Set<Thread> added = nonDaemonThreads();
                added.removeAll(before);
                added.removeIf(t -> t.getName().startsWith("OkHttp") || t.getName().startsWith("EventThread"));
                assertEquals(Set.of(), added);
            }
        }
    }

    private static Set<Thread> nonDaemonThreads() {
        Set<Thread> threads = new HashSet<>(Thread.getAllStackTraces().keySet());
        threads.removeIf(t -> t.isDaemon() || !t.isAlive());
        return threads;
    }

    @Test
    void a_taken_port_is_reported_as_an_illegal_state() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            IllegalStateException error = assertThrows(IllegalStateException.class,
                    () -> CrispSandbox.start(SandboxOptions.builder().set(SandboxOptions.PORT, taken.getLocalPort()).build()));
            assertTrue(error.getMessage().contains(Integer.toString(taken.getLocalPort())));
        }
    }

    @Test
    void it_listens_on_a_chosen_port_with_chosen_credentials() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        SandboxOptions options = SandboxOptions.builder().set(SandboxOptions.PORT, port).set(SandboxOptions.IDENTIFIER, "my-id")
                .set(SandboxOptions.KEY, "my-key").set(SandboxOptions.PLUGIN_ID, "p-1").build();
        try (CrispSandbox sandbox = CrispSandbox.start(options)) {
            assertEquals(port, sandbox.port());
            assertEquals("p-1", CrispHttp.as(sandbox, "my-id", "my-key").get("plugin/connect/account")
                    .data().get("plugin_id").asText());
        }
    }
}
