package app.richcontact.adapters.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HealthTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final WebFixture web = new WebFixture();

    @AfterAll
    void stop() {
        web.close();
    }

    @Test
    void liveness_is_200_while_the_process_serves_whatever_the_readiness() throws Exception {
        web.readiness.set(Readiness.notReady("event source not authenticated"));

        HttpResponse<String> answer = web.get("/health/live");

        assertEquals(200, answer.statusCode());
        assertEquals("live", JSON.readTree(answer.body()).get("status").asText());
    }

    @Test
    void readiness_is_200_with_its_reason_when_ready() throws Exception {
        web.readiness.set(Readiness.ready("installations loaded; web hooks enabled"));

        HttpResponse<String> answer = web.get("/health/ready");

        assertEquals(200, answer.statusCode());
        JsonNode body = JSON.readTree(answer.body());
        assertEquals("ready", body.get("status").asText());
        assertEquals("installations loaded; web hooks enabled", body.get("reason").asText());
    }

    @Test
    void readiness_is_503_with_its_reason_when_not_ready() throws Exception {
        web.readiness.set(Readiness.notReady("installations not loaded yet"));

        HttpResponse<String> answer = web.get("/health/ready");

        assertEquals(503, answer.statusCode());
        assertEquals("not_ready", JSON.readTree(answer.body()).get("status").asText());
        assertEquals("installations not loaded yet", JSON.readTree(answer.body()).get("reason").asText());
    }

    @Test
    void a_probe_that_throws_means_not_ready() throws Exception {
        web.readiness.set(null);

        HttpResponse<String> answer = web.get("/health/ready");

        assertEquals(503, answer.statusCode());
        assertEquals("readiness check failed", JSON.readTree(answer.body()).get("reason").asText());
    }
}
