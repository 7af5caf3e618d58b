package app.richcontact.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
            assertEquals("{\"geolocation\":true}", saved.getJSONObject("settings").toString(), "only the changed key");
        }
    }

    @Test
    void a_save_is_announced_whole_when_crisp_sends_the_whole_document() throws Exception {
        sandbox.switches().set(SandboxSwitch.SETTINGS_EVENTS, SettingsEvents.WHOLE);
        try (RtmClient client = RtmClient.authenticated(sandbox, List.of(RtmEvents.SETTINGS_SAVED))) {
            assertEquals(200, http.patch(path(), "{\"geolocation\":true}").status());
            JSONObject settings = client.expect(RtmEvents.SETTINGS_SAVED).json().getJSONObject("settings");
            assertEquals(true, settings.getBoolean("geolocation"));
            assertEquals(true, settings.getBoolean("enabled"));
            assertEquals("vip", settings.getJSONArray("segments").getString(0));
        }
    }

    @Test
    void a_save_the_schema_refuses_is_400_and_changes_nothing_unless_validation_is_off() throws Exception {
        try (CrispSandbox strict = CrispSandbox.start(SandboxOptions.builder().set(SandboxOptions.SETTINGS_SCHEMA,
                "{\"type\":\"object\",\"properties\":{\"enabled\":{\"type\":\"boolean\"}}}").build())) {
            CrispHttp strictHttp = CrispHttp.of(strict);
            InstalledWebsite site = strict.scenario().installWebsite("Strict", "{}");
            String strictPath = "plugins/subscription/" + site.websiteId() + "/" + strict.pluginId() + "/settings";

            CrispHttp.Answer refused = strictHttp.patch(strictPath, "{\"enabled\":\"yes\"}");
            assertEquals(400, refused.status());
            assertEquals("invalid_data", refused.reason());
            assertEquals(400, strictHttp.put(strictPath, "{\"enabled\":1}").status());
            assertEquals("{}", strict.scenario().settingsOf(site.websiteId()));
            assertThrows(IllegalArgumentException.class,
                    () -> strict.scenario().saveSettingsFromCrisp(site.websiteId(), "{\"enabled\":\"no\"}"));
            assertEquals(200, strictHttp.patch(strictPath, "{\"enabled\":false}").status());

            strict.switches().set(SandboxSwitch.VALIDATE_SETTINGS, false);
            assertEquals(200, strictHttp.patch(strictPath, "{\"enabled\":\"yes\"}").status());
            assertEquals("{\"enabled\":\"yes\"}", strict.scenario().settingsOf(site.websiteId()));
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
    void another_plugins_id_is_403_and_an_uninstalled_website_is_403_by_default() throws Exception {
        CrispHttp.Answer foreign = http.get("plugins/subscription/" + website.websiteId() + "/other-plugin/settings");
        assertEquals(403, foreign.status());
        assertEquals("not_allowed", foreign.reason());
        sandbox.scenario().uninstallWebsite(website.websiteId());
        CrispHttp.Answer gone = http.get(path());
        assertEquals(403, gone.status());
        assertEquals("not_allowed", gone.reason());
        assertEquals(403, http.patch(path(), "{}").status());
    }

    @Test
    void an_uninstalled_website_is_404_when_crisp_answers_so() throws Exception {
        sandbox.switches().set(SandboxSwitch.UNINSTALLED_STATUS, 404);
        sandbox.scenario().uninstallWebsite(website.websiteId());
        CrispHttp.Answer gone = http.get(path());
        assertEquals(404, gone.status());
        assertEquals("not_found", gone.reason());
        assertEquals(403, http.get("plugins/subscription/" + website.websiteId() + "/other-plugin/settings").status(),
                "a foreign plugin stays 403");
    }
}
