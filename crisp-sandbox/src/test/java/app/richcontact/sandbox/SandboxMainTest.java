package app.richcontact.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class SandboxMainTest {

    @Test
    void command_line_flags_become_options() {
        SandboxOptions options = SandboxMain.options(SandboxMain.parse(new String[] {
            "--port", "0", "--identifier", "id", "--key", "secret", "--plugin-id=p", "--quota", "10",
            "--quota-status", "420", "--retry-after", "5", "--duplicate-status", "400", "--duplicate-reason", "dup",
            "--phone-search", "phone,person.phone", "--bind-interval-ms", "0", "--no-native-email-profiles",
            "--webhook-url", "http://127.0.0.1:1/hooks", "--webhook-secret", "s", "--spacing-ms", "0"}));
        assertEquals("id", options.pluginIdentifier());
        assertEquals("secret", options.pluginKey());
        assertEquals("p", options.pluginId());
        assertEquals(10L, options.initial(SandboxSwitch.DAILY_QUOTA));
        assertEquals(420, (int) options.initial(SandboxSwitch.QUOTA_STATUS));
        assertEquals(Duration.ofSeconds(5), options.initial(SandboxSwitch.RETRY_AFTER));
        assertEquals(400, (int) options.initial(SandboxSwitch.DUPLICATE_STATUS));
        assertEquals("dup", options.initial(SandboxSwitch.DUPLICATE_REASON));
        assertEquals(EnumSet.of(PhoneSearch.FILTER_PHONE, PhoneSearch.FILTER_PERSON_PHONE), options.initial(SandboxSwitch.PHONE_SEARCH));
        assertEquals(Duration.ZERO, options.initial(SandboxSwitch.BIND_INTERVAL));
        assertFalse(options.initial(SandboxSwitch.NATIVE_EMAIL_PROFILES));
        assertEquals("s", options.initial(SandboxSwitch.WEBHOOK).secret());
        assertEquals(Duration.ZERO, options.initial(SandboxSwitch.EVENT_SPACING));
    }

    @Test
    void bad_flags_are_refused_with_a_message_naming_them() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> SandboxMain.options(SandboxMain.parse(new String[] {"--colour", "red"})));
        assertEquals("unknown option --colour", unknown.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> SandboxMain.options(SandboxMain.parse(new String[] {"--quota-status", "500"})));
        assertThrows(IllegalArgumentException.class,
                () -> SandboxMain.options(SandboxMain.parse(new String[] {"--identifier", "only"})));
        assertThrows(IllegalArgumentException.class, () -> SandboxMain.parse(new String[] {"--port"}));
    }

    @Test
    void every_switch_with_a_flag_is_in_the_usage_text_and_in_the_readme_table() throws java.io.IOException {
        String readme = java.nio.file.Files.readString(java.nio.file.Path.of("README.md"));
        for (SandboxSwitch<?> each : SandboxSwitch.all()) {
            if (each.flag() != null) {
                assertEquals(true, SandboxMain.usage().contains("--" + each.flag()), each.name());
                assertEquals(true, readme.contains("| `--" + each.flag()), "README table row for " + each.name());
            }
        }
    }

    @Test
    void a_bad_switch_value_names_its_flag() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> SandboxMain.options(SandboxMain.parse(new String[] {"--bind-interval-ms", "soon"})));
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
