package app.richcontact.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RequestLogTest {

    private CrispSandbox sandbox;
    private CrispHttp http;

    @BeforeEach
    void start() {
        sandbox = CrispSandbox.start();
        http = CrispHttp.of(sandbox);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void requests_are_counted_by_route_template_website_and_status() throws Exception {
        InstalledWebsite a = sandbox.scenario().installWebsite("A");
        InstalledWebsite b = sandbox.scenario().installWebsite("B");
        http.get("website/" + a.websiteId() + "/conversation/session_1");
        http.get("website/" + a.websiteId() + "/conversation/session_2");
        http.get("website/" + b.websiteId() + "/conversation/session_3");
        http.head("website/" + b.websiteId() + "/people/profile/x@y.co");
        http.get("plugin/connect/account");
        http.get("nowhere");
        CrispHttp.anonymous(sandbox).get("plugin/connect/account");

        RequestLog log = sandbox.requestLog();
        assertEquals(7, log.total());
        assertEquals(3, log.count("GET website/{website_id}/conversation/{session_id}"));
        assertEquals(3, log.count(SandboxRoutes.CONVERSATION, 404));
        assertEquals(1, log.count(SandboxRoutes.PROFILE_HEAD, 404));
        assertEquals(2, log.count(SandboxRoutes.ACCOUNT));
        assertEquals(1, log.count(SandboxRoutes.ACCOUNT, 401));
        assertEquals(1, log.count(SandboxRoutes.UNMATCHED));
        assertEquals(Map.of(a.websiteId(), 2L, b.websiteId(), 2L), log.byWebsite());
        assertEquals(Map.of(404, 5L, 200, 1L, 401, 1L), log.byStatus());
        assertEquals(3L, log.byRoute().get(SandboxRoutes.CONVERSATION));
    }

    @Test
    void reset_zeroes_every_counter() throws Exception {
        http.get("plugin/connect/account");
        sandbox.requestLog().reset();
        assertEquals(0, sandbox.requestLog().total());
        assertTrue(sandbox.requestLog().byRoute().isEmpty());
        assertTrue(sandbox.requestLog().byStatus().isEmpty());
        http.get("plugin/connect/account");
        assertEquals(1, sandbox.requestLog().count(SandboxRoutes.ACCOUNT));
    }
}
