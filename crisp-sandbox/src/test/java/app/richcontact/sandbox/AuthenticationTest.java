package app.richcontact.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AuthenticationTest {

    private static CrispSandbox sandbox;

    @BeforeAll
    static void start() {
        sandbox = CrispSandbox.start();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void a_request_without_credentials_gets_401_unauthorized_in_the_envelope() throws Exception {
        CrispHttp.Answer answer = CrispHttp.anonymous(sandbox).get("plugin/connect/account");
        assertEquals(401, answer.status());
        assertTrue(answer.body().get("error").asBoolean());
        assertEquals("unauthorized", answer.reason());
    }

    @Test
    void a_wrong_key_gets_401() throws Exception {
        assertEquals(401, CrispHttp.as(sandbox, sandbox.pluginIdentifier(), "wrong").get("plugin/connect/account").status());
    }

    @Test
    void right_credentials_without_the_plugin_tier_header_get_401() throws Exception {
        assertEquals(401, CrispHttp.of(sandbox).withoutTier().get("plugin/connect/account").status());
    }

    @Test
    void an_unauthorized_head_request_gets_401_and_no_body() throws Exception {
        CrispHttp.Answer answer = CrispHttp.anonymous(sandbox).head("website/x/people/profile/someone");
        assertEquals(401, answer.status());
        assertNull(answer.body());
    }

    @Test
    void credentials_are_checked_before_the_route_so_unknown_routes_also_get_401() throws Exception {
        assertEquals(401, CrispHttp.anonymous(sandbox).get("no/such/route").status());
        CrispHttp.Answer known = CrispHttp.of(sandbox).get("no/such/route");
        assertEquals(404, known.status());
        assertEquals("not_found", known.reason());
    }
}
