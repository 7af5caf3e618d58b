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
        assertEquals(10, options.dailyQuota());
        assertEquals(420, options.quotaStatus());
        assertEquals(Duration.ofSeconds(5), options.retryAfter());
        assertEquals(400, options.duplicateStatus());
        assertEquals("dup", options.duplicateReason());
        assertEquals(EnumSet.of(PhoneSearch.FILTER_PHONE, PhoneSearch.FILTER_PERSON_PHONE), options.phoneSearch());
        assertEquals(Duration.ZERO, options.bindInterval());
        assertFalse(options.nativeEmailProfiles());
        assertEquals("s", options.webhook().secret());
        assertEquals(Duration.ZERO, options.eventSpacing());
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
