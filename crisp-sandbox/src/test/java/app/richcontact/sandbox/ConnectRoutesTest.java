package app.richcontact.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConnectRoutesTest {

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
    void the_account_gives_the_plugin_id() throws Exception {
        CrispHttp.Answer answer = http.get("plugin/connect/account");
        assertEquals(200, answer.status());
        assertEquals(false, answer.body().get("error").asBoolean());
        assertEquals(sandbox.pluginId(), answer.data().get("plugin_id").asText());
    }

    @Test
    void all_websites_page_by_twenty_until_an_empty_page_with_token_and_settings() throws Exception {
        Set<String> installed = new HashSet<>();
        for (int i = 0; i < 25; i++) {
            installed.add(sandbox.scenario().installWebsite("Site " + i, "{\"enabled\":true}").websiteId());
        }
        Set<String> seen = new HashSet<>();
        int page = 1;
        JsonNode items;
        do {
            items = http.get("plugin/connect/websites/all/" + page++).data();
            for (JsonNode item : items) {
                seen.add(item.get("website_id").asText());
                assertEquals(64, item.get("token").asText().length());
                assertTrue(item.get("settings").get("enabled").asBoolean());
            }
        } while (!items.isEmpty());
        assertEquals(installed, seen);
        assertEquals(4, page, "pages 1 (20), 2 (5), 3 (empty) were read");
    }

    @Test
    void page_zero_and_non_numbers_are_400() throws Exception {
        assertEquals(400, http.get("plugin/connect/websites/all/0").status());
        assertEquals("invalid_data", http.get("plugin/connect/websites/all/abc").reason());
    }

    @Test
    void websites_since_lists_changes_with_a_difference() throws Exception {
        Instant before = Instant.now().minusSeconds(1);
        InstalledWebsite added = sandbox.scenario().installWebsite("Added");
        InstalledWebsite removed = sandbox.scenario().installWebsite("Removed");
        sandbox.scenario().uninstallWebsite(removed.websiteId());
        InstalledWebsite updated = sandbox.scenario().installWebsite("Updated");
        sandbox.scenario().saveSettingsFromCrisp(updated.websiteId(), "{\"enabled\":false}");

        JsonNode items = http.get("plugin/connect/websites/since?date_since=" + before).data();
        Map<String, String> differences = new HashMap<>();
        items.forEach(item -> differences.put(item.get("website_id").asText(), item.get("difference").asText()));
        assertEquals(Map.of(added.websiteId(), "added", removed.websiteId(), "removed", updated.websiteId(), "updated"),
                differences);

        JsonNode none = http.get("plugin/connect/websites/since?date_since=" + Instant.now().plusSeconds(60)).data();
        assertTrue(none.isEmpty());
    }

    @Test
    void websites_since_without_a_valid_date_is_400() throws Exception {
        assertEquals(400, http.get("plugin/connect/websites/since").status());
        assertEquals(400, http.get("plugin/connect/websites/since?date_since=yesterday").status());
    }

    @Test
    void endpoints_announce_the_sandboxs_own_rtm_and_rescue_urls() throws Exception {
        JsonNode data = http.get("plugin/connect/endpoints").data();
        assertEquals(sandbox.rtmUrl().toString(), data.get("socket").get("app").asText());
        assertEquals(sandbox.rescueRtmUrl().toString(), data.get("rescue").get("socket").get("app").asText());
    }
}
