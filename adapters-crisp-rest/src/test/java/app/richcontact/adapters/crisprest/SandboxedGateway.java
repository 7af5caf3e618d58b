package app.richcontact.adapters.crisprest;

import app.richcontact.domain.SettingsDocument;
import app.richcontact.domain.WebsiteId;
import app.richcontact.domain.WebsiteSettings;
import app.richcontact.sandbox.CrispSandbox;
import app.richcontact.sandbox.SandboxOptions;
import app.richcontact.sandbox.SandboxSwitch;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/** A sandbox and a gateway pointed at it, with test-sized timeouts and an ample quota. */
final class SandboxedGateway implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger WEBSITES = new AtomicInteger();

    final CrispSandbox crisp;
    final CrispRestConfig config;
    final CrispRestGateway gateway;

    SandboxedGateway(SandboxOptions.Builder options, java.util.function.UnaryOperator<CrispRestConfig.Builder> tuning) {
        this.crisp = CrispSandbox.start(options.set(SandboxOptions.IDENTIFIER, "plugin-id").set(SandboxOptions.KEY, "plugin-key")
                .set(SandboxSwitch.DAILY_QUOTA, 1_000_000L).set(SandboxSwitch.EVENT_SPACING, Duration.ZERO).build());
        this.config = tuning.apply(CrispRestConfig.builder(crisp.restBaseUrl(), "plugin-id", "plugin-key", "test")
                .connectTimeout(Duration.ofSeconds(2)).requestTimeout(Duration.ofSeconds(2)).maxRetries(2)).build();
        this.gateway = new CrispRestGateway(config, Clock.systemUTC());
    }

    SandboxedGateway() {
        this(SandboxOptions.builder().set(SandboxSwitch.NATIVE_EMAIL_PROFILES, false), config -> config);
    }

    /** A website with the plugin installed and these settings. */
    WebsiteId website(WebsiteSettings settings) {
        return new WebsiteId(crisp.scenario().installWebsite("site-" + WEBSITES.incrementAndGet(), json(settings))
                .websiteId());
    }

    WebsiteId website() {
        return website(WebsiteSettings.DEFAULTS);
    }

    static String json(WebsiteSettings settings) {
        try {
            return JSON.writeValueAsString(SettingsDocument.write(settings));
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    @Override
    public void close() {
        crisp.close();
    }
}
