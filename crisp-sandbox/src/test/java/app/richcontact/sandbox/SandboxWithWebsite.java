package app.richcontact.sandbox;

import java.time.Duration;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** A sandbox started before each test with one installed website, "Acme", and closed after it. */
final class SandboxWithWebsite implements BeforeEachCallback, AfterEachCallback {

    private final SandboxOptions options;
    private CrispSandbox sandbox;
    private InstalledWebsite website;
    private CrispHttp http;

    private SandboxWithWebsite(SandboxOptions options) {
        this.options = options;
    }

    /** With the sandbox's defaults (scripted starts spaced by 10 ms). */
    static SandboxWithWebsite withDefaults() {
        return new SandboxWithWebsite(SandboxOptions.defaults());
    }

    /** With scripted starts emitted before {@code startConversation} returns. */
    static SandboxWithWebsite withSynchronousStarts() {
        return new SandboxWithWebsite(SandboxOptions.builder().set(SandboxSwitch.EVENT_SPACING, Duration.ZERO).build());
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        sandbox = CrispSandbox.start(options);
        http = CrispHttp.of(sandbox);
        website = sandbox.scenario().installWebsite("Acme");
    }

    @Override
    public void afterEach(ExtensionContext context) {
        sandbox.close();
    }

    CrispSandbox sandbox() {
        return sandbox;
    }

    Scenario scenario() {
        return sandbox.scenario();
    }

    String websiteId() {
        return website.websiteId();
    }

    /** The plugin's REST client, authenticated. */
    CrispHttp http() {
        return http;
    }
}
