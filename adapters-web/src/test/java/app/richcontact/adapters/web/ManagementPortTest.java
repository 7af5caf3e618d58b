package app.richcontact.adapters.web;

import static app.richcontact.adapters.web.WebFixture.TOKEN;
import static app.richcontact.adapters.web.WebFixture.WEBSITE;
import static app.richcontact.adapters.web.WebFixture.bearer;
import static app.richcontact.adapters.web.WebFixture.settingsPath;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.richcontact.domain.ChannelRules;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ManagementPortTest {

    private WebFixture web;

    @BeforeAll
    void start() {
        web = new WebFixture(config -> config.managementPort(0));
    }

    @AfterAll
    void stop() {
        web.close();
    }

    private HttpResponse<String> management(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                URI.create("http://localhost:" + web.server.operationsPort() + path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return web.send(request.build());
    }

    @Test
    void health_and_metrics_move_to_the_management_port() throws Exception {
        assertNotEquals(web.server.port(), web.server.operationsPort());
        assertEquals(200, management("/health/live").statusCode());
        assertEquals(200, management("/health/ready").statusCode());
        HttpResponse<String> metrics = management("/metrics");
        assertEquals(200, metrics.statusCode());
        assertTrue(metrics.body().contains("\nrichcontact_ready 1.0\n"), metrics.body());
        assertTrue(metrics.body().contains("\nrichcontact_webhooks_enabled 1.0\n"), metrics.body());
    }

    @Test
    void the_public_port_serves_only_the_settings_page_its_api_and_web_hooks() throws Exception {
        assertEquals(404, web.get("/metrics").statusCode());
        assertEquals(404, web.get("/health/live").statusCode());
        assertEquals(404, web.get("/health/ready").statusCode());
        assertEquals(200, web.get(settingsPath(WEBSITE), bearer(TOKEN)).statusCode());
        assertEquals(401, web.post("/webhooks/crisp", "{}".getBytes(), "Content-Type", "application/json").statusCode());
    }

    @Test
    void the_settings_api_is_not_served_on_the_management_port() throws Exception {
        assertEquals(404, management(settingsPath(WEBSITE), bearer(TOKEN)).statusCode());
    }

    @Test
    void a_management_port_equal_to_the_public_port_is_refused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> WebConfig.builder(8080, ChannelRules.DEFAULT).managementPort(8080).build());
        assertTrue(refused.getMessage().contains("managementPort"), refused.getMessage());
    }
}
