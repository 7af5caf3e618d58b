package app.richcontact.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import app.richcontact.sandbox.CrispSandbox;
import app.richcontact.sandbox.InstalledWebsite;
import app.richcontact.sandbox.SandboxRoutes;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A website reinstalls while the real-time connection is down, so the event that revokes its
 * old token never arrives: once the plugin hears Crisp again it refreshes installations, and
 * the old token is refused while the new one opens the settings. With production settings a
 * catch-up runs at most once a minute, so this waits up to about a minute.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AbuseMissedReinstallTest {

    private static final Duration AFTER_RECONNECT = Duration.ofSeconds(120);

    private CrispSandbox crisp;
    private RunningPlugin plugin;
    private InstalledWebsite website;

    @BeforeAll
    void start() {
        crisp = CrispSandbox.start(RunningPlugin.sandboxOptions().build());
        website = RunningPlugin.install(crisp, "Reinstalled while deaf", "{}");
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

    @Test
    void a_reinstall_missed_while_the_real_time_side_was_down_revokes_the_old_token_once_it_is_back() {
        String oldToken = website.token();
        assertEquals(200, plugin.get(page(oldToken)).statusCode());
        crisp.rtm().kill();
        // An abrupt cut may be seen only when the heartbeat runs out (a ping every 25 s, up to 20 s late).
        Await.until("the plugin to notice", Duration.ofSeconds(60), () -> plugin.metric("richcontact_rtm_state{state=\"authenticated\"}") == 0);

        InstalledWebsite again = crisp.scenario().reinstallWebsite(website.websiteId(), "{}");
        Canaries.secret(again.token());
        assertNotEquals(oldToken, again.token());
        long refreshes = crisp.requestLog().count(SandboxRoutes.WEBSITES_SINCE);
        crisp.rtm().restore();
        Await.until("the plugin to listen again", Duration.ofSeconds(60),
                () -> plugin.metric("richcontact_rtm_state{state=\"authenticated\"}") == 1);

        // The page is asked only once installations were refreshed: polling it would spend its rate limits.
        Await.until("installations to be refreshed and the old token refused", AFTER_RECONNECT,
                () -> crisp.requestLog().count(SandboxRoutes.WEBSITES_SINCE) > refreshes
                        && plugin.get(page(oldToken)).statusCode() == 401,
                () -> "refreshes " + (crisp.requestLog().count(SandboxRoutes.WEBSITES_SINCE) - refreshes)
                        + ", old token " + plugin.get(page(oldToken)).statusCode());
        assertEquals(200, plugin.get(page(again.token())).statusCode(), "the new token opens the settings");
    }

    private String page(String token) {
        return "/settings?website_id=" + website.websiteId() + "&token=" + token;
    }
}
