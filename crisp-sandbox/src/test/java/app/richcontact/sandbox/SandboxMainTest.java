package app.richcontact.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class SandboxMainTest {

    @Test
    void command_line_flags_become_options() {
        SandboxMain.Command command = SandboxMain.read(new String[] {
            "--port", "0", "--identifier", "id", "--key", "secret", "--plugin-id=p", "--quota", "10",
            "--quota-status", "420", "--retry-after", "5", "--duplicate-status", "400", "--duplicate-reason", "dup",
            "--phone-search", "phone,person.phone", "--bind-interval-ms", "0", "--no-native-email-profiles",
            "--webhook-url", "http://127.0.0.1:1/hooks", "--webhook-secret", "s", "--spacing-ms", "0",
            "--host", "0.0.0.0", "--advertised-host", "sandbox.test", "--settings-schema", "{}", "--websites", "3"});
        SandboxOptions options = command.sandbox();
        assertEquals("id", options.get(SandboxOptions.IDENTIFIER));
        assertEquals("secret", options.get(SandboxOptions.KEY));
        assertEquals("p", options.get(SandboxOptions.PLUGIN_ID));
        assertEquals("0.0.0.0", options.get(SandboxOptions.HOST));
        assertEquals("sandbox.test", options.get(SandboxOptions.ADVERTISED_HOST));
        assertEquals("{}", options.get(SandboxOptions.SETTINGS_SCHEMA));
        assertEquals(3, command.websites());
        assertNull(command.traffic(), "no traffic option, no traffic");
        assertEquals(10L, options.get(SandboxSwitch.DAILY_QUOTA));
        assertEquals(420, (int) options.get(SandboxSwitch.QUOTA_STATUS));
        assertEquals(Duration.ofSeconds(5), options.get(SandboxSwitch.RETRY_AFTER));
        assertEquals(400, (int) options.get(SandboxSwitch.DUPLICATE_STATUS));
        assertEquals("dup", options.get(SandboxSwitch.DUPLICATE_REASON));
        assertEquals(EnumSet.of(PhoneSearch.FILTER_PHONE, PhoneSearch.FILTER_PERSON_PHONE), options.get(SandboxSwitch.PHONE_SEARCH));
        assertEquals(Duration.ZERO, options.get(SandboxSwitch.BIND_INTERVAL));
        assertFalse(options.get(SandboxSwitch.NATIVE_EMAIL_PROFILES));
        assertEquals("s", options.get(SandboxSwitch.WEBHOOK).secret());
        assertEquals(Duration.ZERO, options.get(SandboxSwitch.EVENT_SPACING));
    }

    @Test
    void the_undocumented_install_and_settings_behaviours_have_flags_and_unforgiving_defaults() {
        SandboxOptions defaults = SandboxOptions.defaults();
        assertEquals(SubscriptionEvents.BOUND_ONLY, defaults.get(SandboxSwitch.SUBSCRIPTION_EVENTS));
        assertEquals(403, (int) defaults.get(SandboxSwitch.UNINSTALLED_STATUS));
        assertEquals(SettingsEvents.PARTIAL, defaults.get(SandboxSwitch.SETTINGS_EVENTS));
        assertTrue(defaults.get(SandboxSwitch.VALIDATE_SETTINGS));

        SandboxOptions options = SandboxMain.read(new String[] {"--subscription-events", "all",
            "--uninstalled-status", "404", "--settings-events", "whole", "--no-settings-validation"}).sandbox();
        assertEquals(SubscriptionEvents.ALL_SUBSCRIBED, options.get(SandboxSwitch.SUBSCRIPTION_EVENTS));
        assertEquals(404, (int) options.get(SandboxSwitch.UNINSTALLED_STATUS));
        assertEquals(SettingsEvents.WHOLE, options.get(SandboxSwitch.SETTINGS_EVENTS));
        assertFalse(options.get(SandboxSwitch.VALIDATE_SETTINGS));
        assertThrows(IllegalArgumentException.class, () -> SandboxMain.read(new String[] {"--uninstalled-status", "410"}));
        assertThrows(IllegalArgumentException.class, () -> SandboxMain.read(new String[] {"--settings-events", "some"}));
        assertThrows(IllegalArgumentException.class, () -> SandboxMain.read(new String[] {"--subscription-events", "x"}));
    }

    @Test
    void bad_flags_are_refused_with_a_message_naming_them() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> SandboxMain.read(new String[] {"--colour", "red"}));
        assertEquals("unknown option --colour", unknown.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SandboxMain.read(new String[] {"--quota-status", "500"}));
        assertThrows(IllegalArgumentException.class, () -> SandboxMain.read(new String[] {"--identifier", "only"}));
        assertThrows(IllegalArgumentException.class, () -> SandboxMain.read(new String[] {"--webhook-secret", "s"}));
        assertThrows(IllegalArgumentException.class, () -> SandboxMain.read(new String[] {"--traffic-rate", "0"}));
        assertThrows(IllegalArgumentException.class, () -> SandboxMain.read(new String[] {"--port", "70000"}));
        assertThrows(IllegalArgumentException.class, () -> SandboxMain.read(new String[] {"--port"}));
    }

    @Test
    void traffic_options_on_the_command_line_start_traffic_without_history() {
        TrafficOptions traffic = SandboxMain.read(new String[] {"--traffic-rate", "2.5", "--traffic-max", "7",
            "--seed", "42", "--traffic-websites", "4", "--traffic-disabled", "0", "--traffic-profiles", "2",
            "--traffic-spacing-ms", "0"}).traffic();
        assertEquals(2.5, traffic.get(TrafficOptions.CONVERSATIONS_PER_SECOND));
        assertEquals(7, traffic.get(TrafficOptions.MAX_CONVERSATIONS));
        assertEquals(42, traffic.get(TrafficOptions.SEED));
        assertEquals(4, traffic.get(TrafficOptions.WEBSITES));
        assertEquals(0, traffic.get(TrafficOptions.DISABLED_WEBSITES));
        assertEquals(2, traffic.get(TrafficOptions.PRELOADED_PROFILES));
        assertEquals(Duration.ZERO, traffic.get(TrafficOptions.EVENT_SPACING));
        assertFalse(traffic.get(TrafficOptions.KEEP_HISTORY));
        assertEquals(5.0, SandboxMain.read(new String[] {"--seed", "1"}).traffic()
                .get(TrafficOptions.CONVERSATIONS_PER_SECOND));
    }

    @Test
    void every_flag_is_in_the_usage_text_and_has_its_readme_row_with_its_default_and_meaning() throws java.io.IOException {
        List<String> rows = java.nio.file.Files.readAllLines(java.nio.file.Path.of("README.md")).stream()
                .map(line -> line.replace("`", "").replace("\\|", "|")).toList();
        for (SandboxOption<?> each : SandboxMain.flags()) {
            assertTrue(SandboxMain.usage().contains("--" + SandboxMain.spelling(each) + " "), each.name());
            String row = "| --" + SandboxMain.spelling(each) + " | " + each.shownDefault() + " | " + each.help() + " |";
            assertTrue(rows.contains(row), "README row (backticks aside): " + row);
        }
    }

    @Test
    void a_random_default_is_drawn_once_per_options_built() {
        SandboxOptions options = SandboxOptions.defaults();
        assertEquals(options.get(SandboxOptions.KEY), options.get(SandboxOptions.KEY));
        assertNotEquals(options.get(SandboxOptions.KEY), SandboxOptions.defaults().get(SandboxOptions.KEY));
        assertEquals(options.get(SandboxOptions.HOST), options.get(SandboxOptions.ADVERTISED_HOST));
    }

    @Test
    void a_builder_refuses_an_option_of_another_kind() {
        assertThrows(IllegalArgumentException.class, () -> SandboxOptions.builder().set(TrafficOptions.SEED, 1L));
        assertThrows(IllegalArgumentException.class, () -> TrafficOptions.builder().set(SandboxOptions.PORT, 1));
    }

    @Test
    void a_bad_switch_value_names_its_flag() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> SandboxMain.read(new String[] {"--bind-interval-ms", "soon"}));
        assertEquals(true, refused.getMessage().startsWith("--bind-interval-ms "), refused.getMessage());
    }

    @Test
    void the_description_names_the_urls_and_credentials() {
        try (CrispSandbox sandbox = CrispSandbox.start()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            SandboxMain.describe(sandbox, new PrintStream(out, true, StandardCharsets.UTF_8));
            String text = out.toString(StandardCharsets.UTF_8);
            assertEquals(true, text.contains(sandbox.restBaseUrl().toString()));
            assertEquals(true, text.contains(sandbox.pluginKey()));
        }
    }
}
