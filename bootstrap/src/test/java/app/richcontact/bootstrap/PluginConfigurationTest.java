package app.richcontact.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
        assertEquals(URI.create("https://api.crisp.chat/v1/"), config.rest().account().baseUri());
        assertEquals(8080, config.web().port());
        assertEquals(Duration.ofSeconds(3), config.capture().collection().window());
        assertEquals(100_000, config.capture().collection().maxOpen());
        assertEquals(5_000, config.rest().quota().daily());
        assertEquals(0.3, config.rest().quota().optionalShare(), "the README's share for catch-up scans");
        assertEquals(50, config.rest().limits().requestsPerSecond());
        assertEquals(32, config.rest().limits().maxConcurrent());
        assertEquals(PhoneSearch.FILTER_EITHER, config.rest().phoneSearch());
        assertEquals(List.of("https://app.crisp.chat"), config.web().page().frameAncestors());
        assertFalse(config.web().hooksEnabled());
        assertFalse(config.web().trustForwardedFor());
        assertTrue(config.realtime().isPresent());
        assertEquals(Duration.ofMinutes(10), config.realtime().orElseThrow().catchUp().startupLookBack());
        assertEquals(32, config.server().workers());
        assertEquals(Duration.ofSeconds(20), config.server().shutdownDeadline());
        assertEquals(PluginConfiguration.LogFormat.TEXT, config.server().logFormat());
        assertEquals(6, config.capture().retries().max());
        assertEquals(Duration.ofMinutes(10), config.capture().retries().maxDelay());
        assertEquals(Duration.ofSeconds(60), config.rest().quota().pause());
        assertEquals(Optional.empty(), config.capture().channels().channelOf(new Origin("urn:crisp.im:contact-form:0")));
    }

    @Test
    void a_management_port_moves_health_and_metrics_and_must_differ_from_the_public_port() {
        Map<String, String> env = minimal();
        assertEquals(java.util.OptionalInt.empty(), PluginConfiguration.fromEnvironment(env).web().managementPort());
        env.put("RICHCONTACT_MANAGEMENT_PORT", "9090");
        assertEquals(java.util.OptionalInt.of(9090), PluginConfiguration.fromEnvironment(env).web().managementPort());
        env.put("RICHCONTACT_PORT", "9090");
        assertEquals("RICHCONTACT_MANAGEMENT_PORT", rejected(env).variable());
        env.put("RICHCONTACT_MANAGEMENT_PORT", "port");
        assertEquals("RICHCONTACT_MANAGEMENT_PORT", rejected(env).variable());
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
        assertEquals(Duration.ofMillis(500), PluginConfiguration.fromEnvironment(env).capture().collection().window());
        env.put("RICHCONTACT_COLLECTION_WINDOW", "0");
        assertEquals(Duration.ZERO, PluginConfiguration.fromEnvironment(env).capture().collection().window());
        env.put("RICHCONTACT_CATCH_UP_LOOKBACK", "2h");
        assertEquals(Duration.ofHours(2), PluginConfiguration.fromEnvironment(env).realtime().orElseThrow().catchUp().startupLookBack());
    }

    @Test
    void channel_aliases_are_read_and_a_bad_one_names_the_variable_and_the_entry() {
        Map<String, String> env = minimal();
        env.put("RICHCONTACT_CHANNEL_ALIASES", "urn:aircall.io:*=aircall, urn:sms.example:*=sms");
        PluginConfiguration config = PluginConfiguration.fromEnvironment(env);
        assertEquals(Optional.of(new Channel("aircall")), config.capture().channels().channelOf(new Origin("urn:aircall.io:phone:1")));

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
        assertEquals(Optional.empty(), config.capture().channels().channelOf(new Origin("urn:crisp.im:telegram:0")));
        assertEquals(Optional.of(new Channel("slack")), config.capture().channels().channelOf(new Origin("urn:slack.com:slack:0")));
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

    @Test
    void without_the_real_time_listener_events_come_by_web_hooks_only() {
        Map<String, String> env = minimal();
        env.put("RICHCONTACT_RTM", "false");
        env.put("CRISP_HOOK_SECRET", "a-long-enough-hook-secret");
        PluginConfiguration config = PluginConfiguration.fromEnvironment(env);
        assertEquals(Optional.empty(), config.realtime());
        assertTrue(config.web().hooksEnabled());
    }

    @Test
    void a_maximum_retry_delay_below_the_first_delay_shortens_the_first_delay() {
        Map<String, String> env = minimal();
        env.put("RICHCONTACT_MAX_RETRY_DELAY", "5s");
        PluginConfiguration config = PluginConfiguration.fromEnvironment(env);
        assertEquals(Duration.ofSeconds(5), config.capture().retries().firstDelay());
        assertEquals(Duration.ofSeconds(5), config.capture().retries().maxDelay());
    }

    @Test
    void an_upper_case_frame_ancestor_is_refused_naming_the_variable() {
        Map<String, String> env = minimal();
        env.put("RICHCONTACT_FRAME_ANCESTORS", "HTTPS://APP.CRISP.CHAT");
        assertEquals("RICHCONTACT_FRAME_ANCESTORS", rejected(env).variable());
    }

    @Test
    void outside_a_pod_the_process_is_always_active_and_asked_for_a_lease_it_needs_an_api_server_and_a_namespace() {
        assertEquals(Optional.empty(), PluginConfiguration.fromEnvironment(minimal()).lease());

        Map<String, String> env = minimal();
        env.put(PluginConfiguration.LEADER_ELECTION, "true");
        env.put(PluginConfiguration.REPLICA_NAME, "pod-a");
        env.put(PluginConfiguration.LEASE_NAMESPACE, "plugins");
        assertTrue(rejected(env).getMessage().contains(PluginConfiguration.KUBERNETES_API));

        env.put(PluginConfiguration.KUBERNETES_API, "http://127.0.0.1:6443");
        var lease = PluginConfiguration.fromEnvironment(env).lease().orElseThrow();
        assertEquals(Optional.of("plugins"), lease.namespace());
        assertEquals("rich-contact", lease.leaseName());
        assertEquals("pod-a", lease.identity());
        assertEquals(Duration.ofSeconds(15), lease.leaseDuration());
        assertEquals(Duration.ofSeconds(10), lease.renewDeadline());
        assertEquals(Duration.ofSeconds(2), lease.retryPeriod());

        env.put(PluginConfiguration.LEADER_ELECTION, "false");
        assertEquals(Optional.empty(), PluginConfiguration.fromEnvironment(env).lease());
    }

    @Test
    void in_a_pod_leader_election_is_on_by_itself_and_the_client_finds_the_api_server_and_namespace() {
        Map<String, String> env = minimal();
        env.put(PluginConfiguration.IN_A_POD, "10.96.0.1");
        env.put(PluginConfiguration.REPLICA_NAME, "rich-contact-7d9f-abcde");
        var lease = PluginConfiguration.fromEnvironment(env).lease().orElseThrow();
        assertEquals(Optional.empty(), lease.namespace());
        assertEquals(Optional.empty(), lease.apiServer());
        assertEquals("rich-contact-7d9f-abcde", lease.identity());
    }

    @Test
    void a_renew_deadline_not_shorter_than_the_lease_stops_start_up_naming_the_variables() {
        Map<String, String> env = minimal();
        env.put(PluginConfiguration.LEADER_ELECTION, "true");
        env.put(PluginConfiguration.REPLICA_NAME, "pod-a");
        env.put(PluginConfiguration.LEASE_NAMESPACE, "plugins");
        env.put(PluginConfiguration.KUBERNETES_API, "http://127.0.0.1:6443");
        env.put(PluginConfiguration.LEASE_DURATION, "10s");
        env.put(PluginConfiguration.LEASE_RENEW_DEADLINE, "10s");
        ConfigurationException refused = rejected(env);
        assertTrue(refused.getMessage().contains(PluginConfiguration.LEASE_RENEW_DEADLINE), refused.getMessage());
    }
}
