package app.richcontact.adapters.crisprtm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.richcontact.application.port.in.ConversationEvent.VisitorMessageSent;
import app.richcontact.application.port.in.InstallationEvent;
import app.richcontact.sandbox.Conversation;
import app.richcontact.sandbox.CrispSandbox;
import app.richcontact.sandbox.InstalledWebsite;
import app.richcontact.sandbox.SandboxOptions;
import app.richcontact.sandbox.SandboxSwitch;
import app.richcontact.sandbox.SubscriptionEvents;
import app.richcontact.sandbox.Visitor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A website installed after authentication is heard once the listener emits socket:bind, which
 * it does, debounced, whenever the application says a new install is known (by its event, or,
 * where Crisp announces installs only to bound sockets, by a poll).
 */
class SocketBindTest {

    private CrispSandbox sandbox;
    private final RecordingPorts ports = new RecordingPorts();

    @BeforeEach
    void startSandbox() {
        // Crisp honours one bind per 2.5 s and the listener waits a little longer (2.6 s). Here the
        // listener waits 300 ms and the sandbox needs 100: a bind delayed on its way by up to 200 ms
        // (a busy machine) still lands after the interval, where 250 ms left only 50 ms to spare.
        sandbox = CrispSandbox.start(SandboxOptions.builder().set(SandboxSwitch.EVENT_SPACING, Duration.ZERO)
                .set(SandboxSwitch.BIND_INTERVAL, Duration.ofMillis(100)).build());
    }

    @AfterEach
    void stopSandbox() {
        sandbox.close();
    }

    @Test
    void a_website_installed_after_authentication_is_heard_once_the_application_asks_to_include_new_installs()
            throws Exception {
        try (CrispRtmListener listener = SandboxListeners.authenticated(sandbox, ports)) {
            InstalledWebsite site = sandbox.scenario().installWebsite("Newcomer");
            listener.includeNewInstalls();
            Await.until("the bind", () -> sandbox.rtm().bindsHonoured() == 1);

            Conversation conversation = sandbox.scenario().startConversation(site.websiteId(),
                    Visitor.from("urn:crisp.im:whatsapp:0"));
            conversation.started().get();
            ports.awaitConversation(VisitorMessageSent.class, e -> e.session().value().equals(conversation.sessionId()));
            Await.until("the bind and the one that confirms it", () -> listener.counters().bindsSent() == 2
                    && sandbox.rtm().bindsReceived() == 2);
            assertEquals(2, listener.counters().bindsSent(), "no more than the bind and its confirmation");
        }
    }

    /**
     * Crisp ignores a bind that reaches it within its interval of the last it honoured, and does
     * not say so: here the server's interval (500 ms) is longer than the listener's (300 ms), as
     * when a bind is delayed on the way; the website installed right after a bind is still heard.
     */
    @Test
    void a_website_whose_bind_crisp_ignored_is_heard_after_the_bind_that_confirms_it() throws Exception {
        sandbox.switches().set(SandboxSwitch.BIND_INTERVAL, Duration.ofMillis(500));
        sandbox.switches().set(SandboxSwitch.SUBSCRIPTION_EVENTS, SubscriptionEvents.ALL_SUBSCRIBED);
        try (CrispRtmListener listener = SandboxListeners.authenticated(sandbox, ports)) {
            InstalledWebsite first = sandbox.scenario().installWebsite("First");
            ports.awaitInstallation(InstallationEvent.Installed.class, first.websiteId());
            listener.includeNewInstalls();
            Await.until("the first bind", () -> sandbox.rtm().bindsHonoured() == 1);
            InstalledWebsite second = sandbox.scenario().installWebsite("Right after");
            ports.awaitInstallation(InstallationEvent.Installed.class, second.websiteId());
            listener.includeNewInstalls();

            Await.until("a bind Crisp ignored", () -> sandbox.rtm().bindsReceived() > sandbox.rtm().bindsHonoured());
            Await.until("events of the website installed right after a bind", () -> heard(second));
            assertTrue(heard(first));
        }
    }

    @Test
    void installs_in_quick_succession_are_bound_by_fewer_binds_than_installs_and_none_is_refused() throws Exception {
        sandbox.switches().set(SandboxSwitch.SUBSCRIPTION_EVENTS, SubscriptionEvents.ALL_SUBSCRIBED);
        try (CrispRtmListener listener = SandboxListeners.authenticated(sandbox, ports)) {
            List<InstalledWebsite> sites = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                sites.add(sandbox.scenario().installWebsite("Burst " + i));
            }
            for (InstalledWebsite site : sites) {
                ports.awaitInstallation(InstallationEvent.Installed.class, site.websiteId());
                listener.includeNewInstalls();
            }
            Await.until("a bind after the last install", () -> listener.counters().bindsSent() >= 1
                    && sandbox.rtm().bindsReceived() == listener.counters().bindsSent());
            // The last bind may still be pending in its interval: wait until every site is heard.
            for (InstalledWebsite site : sites) {
                Await.until("events of " + site.name(), () -> heard(site));
            }

            long binds = listener.counters().bindsSent();
            assertTrue(binds < sites.size(), binds + " binds for " + sites.size() + " installs");
            assertEquals(sandbox.rtm().bindsReceived(), sandbox.rtm().bindsHonoured(),
                    "every bind came after the server's interval");
        }
    }

    /** Starts a conversation on the site and says whether its message arrived. */
    private boolean heard(InstalledWebsite site) {
        try {
            Conversation conversation = sandbox.scenario().startConversation(site.websiteId(), Visitor.from("chat"));
            conversation.started().get();
            // The message is either on its way now or was lost before the bind: give it a short deadline.
            Await.until("the message", Duration.ofMillis(300), () -> ports.find(VisitorMessageSent.class,
                    e -> e.session().value().equals(conversation.sessionId())) != null);
            return true;
        } catch (AssertionError notYet) {
            return false;
        } catch (Exception failed) {
            throw new IllegalStateException(failed);
        }
    }
}
