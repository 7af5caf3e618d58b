package app.richcontact.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.richcontact.adapters.crisprest.PhoneSearch;
import app.richcontact.domain.Channel;
import app.richcontact.domain.Origin;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PluginConfigurationTest {

    private static Map<String, String> minimal() {
        Map<String, String> env = new HashMap<>();
        env.put("CRISP_PLUGIN_IDENTIFIER", "1c3f2e4d-identifier");
        env.put("CRISP_PLUGIN_KEY", "the-secret-key");
        return env;
    }

    private static ConfigurationException rejected(Map<String, String> env) {
        return assertThrows(ConfigurationException.class, () -> PluginConfiguration.fromEnvironment(env));
    }

    @Test
    void the_plugin_token_is_all_that_production_requires_and_the_rest_has_defaults() {
        PluginConfiguration config = PluginConfiguration.fromEnvironment(minimal());
        assertEquals(URI.create("https://api.crisp.chat/v1/"), config.apiUrl());
        assertEquals(8080, config.port());
        assertEquals(Duration.ofSeconds(3), config.collectionWindow());
        assertEquals(100_000, config.maxPendingCaptures());
        assertEquals(5_000, config.dailyQuota());
        assertEquals(PhoneSearch.SEARCH_TEXT, config.phoneSearch());
        assertEquals(List.of("https://app.crisp.chat"), config.frameAncestors());
        assertNull(config.hookSecret());
        assertTrue(config.realtime());
        assertEquals(PluginConfiguration.LogFormat.TEXT, config.logFormat());
        assertEquals(6, config.maxRetries());
        assertEquals(Duration.ofMinutes(10), config.maxRetryDelay());
        assertEquals(Duration.ofSeconds(60), config.quotaPause());
        assertEquals(Optional.empty(), config.channels().channelOf(new Origin("urn:crisp.im:contact-form:0")));
    }

    @Test
    void a_missing_token_names_the_variable() {
        Map<String, String> env = minimal();
        env.remove("CRISP_PLUGIN_KEY");
        assertEquals("CRISP_PLUGIN_KEY is required", rejected(env).getMessage());
        env.put("CRISP_PLUGIN_KEY", "  ");
        assertEquals("CRISP_PLUGIN_KEY", rejected(env).variable());
    }

    @Test
    void every_invalid_value_names_its_variable_and_what_is_expected() {
        Map<String, String[]> cases = Map.ofEntries(
                Map.entry("RICHCONTACT_PORT", new String[] {"eighty", "70000", "-1"}),
                Map.entry("RICHCONTACT_COLLECTION_WINDOW", new String[] {"3", "3 seconds", "-1s", "11m"}),
                Map.entry("CRISP_API_URL", new String[] {"ftp://api.crisp.chat/v1/", "not a url", "api.crisp.chat"}),
                Map.entry("RICHCONTACT_DAILY_QUOTA", new String[] {"0", "lots"}),
                Map.entry("RICHCONTACT_OPTIONAL_QUOTA_SHARE", new String[] {"1.5", "NaN"}),
                Map.entry("RICHCONTACT_PHONE_SEARCH", new String[] {"fuzzy"}),
                Map.entry("RICHCONTACT_RTM", new String[] {"maybe"}),
                Map.entry("RICHCONTACT_LOG_FORMAT", new String[] {"xml"}),
                Map.entry("RICHCONTACT_MAX_RETRIES", new String[] {"-1", "many"}),
                Map.entry("RICHCONTACT_QUOTA_PAUSE", new String[] {"2d", "soon"}),
                Map.entry("RICHCONTACT_FRAME_ANCESTORS", new String[] {"app.crisp.chat", "https://app.crisp.chat/settings"}));
        cases.forEach((variable, values) -> {
            for (String value : values) {
                Map<String, String> env = minimal();
                env.put(variable, value);
                ConfigurationException error = rejected(env);
                assertEquals(variable, error.variable(), value);
                assertTrue(error.getMessage().startsWith(variable + " "), error.getMessage());
            }
        });
    }

    @Test
    void durations_read_in_milliseconds_seconds_minutes_and_hours() {
        Map<String, String> env = minimal();
        env.put("RICHCONTACT_COLLECTION_WINDOW", "500ms");
        assertEquals(Duration.ofMillis(500), PluginConfiguration.fromEnvironment(env).collectionWindow());
        env.put("RICHCONTACT_COLLECTION_WINDOW", "0");
        assertEquals(Duration.ZERO, PluginConfiguration.fromEnvironment(env).collectionWindow());
        env.put("RICHCONTACT_CATCH_UP_LOOKBACK", "2h");
        assertEquals(Duration.ofHours(2), PluginConfiguration.fromEnvironment(env).catchUpLookback());
    }

    @Test
    void channel_aliases_are_read_and_a_bad_one_names_the_variable_and_the_entry() {
        Map<String, String> env = minimal();
        env.put("RICHCONTACT_CHANNEL_ALIASES", "urn:aircall.io:*=aircall, urn:sms.example:*=sms");
        PluginConfiguration config = PluginConfiguration.fromEnvironment(env);
        assertEquals(Optional.of(new Channel("aircall")), config.channels().channelOf(new Origin("urn:aircall.io:phone:1")));

        env.put("RICHCONTACT_CHANNEL_ALIASES", "urn:aircall.io:*=aircall,urn:x:*=Air Call");
        ConfigurationException error = rejected(env);
        assertEquals("RICHCONTACT_CHANNEL_ALIASES", error.variable());
        assertTrue(error.getMessage().contains("entry 2 (urn:x:*=Air Call)"), error.getMessage());
    }

    @Test
    void the_deny_list_of_origins_can_be_replaced() {
        Map<String, String> env = minimal();
        env.put("RICHCONTACT_DENIED_ORIGINS", "urn:crisp.im:telegram:*");
        PluginConfiguration config = PluginConfiguration.fromEnvironment(env);
        assertEquals(Optional.empty(), config.channels().channelOf(new Origin("urn:crisp.im:telegram:0")));
        assertEquals(Optional.of(new Channel("slack")), config.channels().channelOf(new Origin("urn:slack.com:slack:0")));
    }

    @Test
    void a_hook_secret_too_short_to_be_safe_is_refused_without_being_echoed() {
        Map<String, String> env = minimal();
        env.put("CRISP_HOOK_SECRET", "short-secret");
        ConfigurationException error = rejected(env);
        assertEquals("CRISP_HOOK_SECRET", error.variable());
        assertFalse(error.getMessage().contains("short-secret"));
    }

    @Test
    void secrets_never_appear_in_the_printed_configuration() {
        Map<String, String> env = minimal();
        env.put("CRISP_HOOK_SECRET", "a-long-enough-hook-secret");
        String printed = PluginConfiguration.fromEnvironment(env).toString();
        assertFalse(printed.contains("the-secret-key"));
        assertFalse(printed.contains("a-long-enough-hook-secret"));
        assertTrue(printed.contains("1c3f2e4d-identifier"));
    }
}
