package app.richcontact.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.json.JSONObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SettingsRoutesTest {

    private CrispSandbox sandbox;
    private CrispHttp http;
    private InstalledWebsite website;

    @BeforeEach
    void start() {
        sandbox = CrispSandbox.start(SandboxOptions.builder()
                .set(SandboxOptions.SETTINGS_SCHEMA, "{\"type\":\"object\",\"title\":\"Rich Contact\"}").build());
        http = CrispHttp.of(sandbox);
        website = sandbox.scenario().installWebsite("Acme", "{\"enabled\":true,\"segments\":[\"vip\"]}");
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private String path() {
        return "plugins/subscription/" + website.websiteId() + "/" + sandbox.pluginId() + "/settings";
    }

    @Test
    void get_returns_plugin_website_token_schema_and_settings() throws Exception {
        JsonNode data = http.get(path()).data();
        assertEquals(sandbox.pluginId(), data.get("plugin_id").asText());
        assertEquals(website.websiteId(), data.get("website_id").asText());
        assertEquals(website.token(), data.get("token").asText());
        assertEquals("Rich Contact", data.get("schema").get("title").asText());
        assertEquals("vip", data.get("settings").get("segments").get(0).asText());
    }

    @Test
    void patch_merges_top_level_keys_and_emits_settings_saved() throws Exception {
        try (RtmClient client = RtmClient.authenticated(sandbox, List.of(RtmEvents.SETTINGS_SAVED))) {
            CrispHttp.Answer answer = http.patch(path(), "{\"geolocation\":true}");
            assertEquals(200, answer.status());
            JsonNode settings = http.get(path()).data().get("settings");
            assertEquals(true, settings.get("enabled").asBoolean());
            assertEquals(true, settings.get("geolocation").asBoolean());
            JSONObject saved = client.expect(RtmEvents.SETTINGS_SAVED).json();
            assertEquals(website.websiteId(), saved.getString("website_id"));
            assertEquals(sandbox.pluginId(), saved.getString("plugin_id"));
            assertEquals(true, saved.getJSONObject("settings").getBoolean("geolocation"));
            assertEquals(true, saved.getJSONObject("settings").getBoolean("enabled"));
        }
    }

    @Test
    void put_replaces_every_key() throws Exception {
        assertEquals(200, http.put(path(), "{\"all_channels\":false}").status());
        JsonNode settings = http.get(path()).data().get("settings");
        assertFalse(settings.has("enabled"));
        assertEquals(false, settings.get("all_channels").asBoolean());
        assertEquals("{\"all_channels\":false}", sandbox.scenario().settingsOf(website.websiteId()));
    }

    @Test
    void malformed_or_non_object_bodies_are_400_and_change_nothing() throws Exception {
        CrispHttp.Answer malformed = http.patch(path(), "{\"enabled\":");
        assertEquals(400, malformed.status());
        assertEquals("invalid_data", malformed.reason());
        assertEquals(400, http.put(path(), "[1,2]").status());
        assertEquals(true, http.get(path()).data().get("settings").get("enabled").asBoolean());
    }

    @Test
    void another_plugins_id_is_403_and_an_uninstalled_website_is_404() throws Exception {
        CrispHttp.Answer foreign = http.get("plugins/subscription/" + website.websiteId() + "/other-plugin/settings");
        assertEquals(403, foreign.status());
        assertEquals("not_allowed", foreign.reason());
        sandbox.scenario().uninstallWebsite(website.websiteId());
        CrispHttp.Answer gone = http.get(path());
        assertEquals(404, gone.status());
        assertEquals("not_found", gone.reason());
    }
}
