package app.richcontact.adapters.crisprtm;

import app.richcontact.sandbox.CrispSandbox;
import java.time.Clock;
import java.time.Duration;

/** Listeners wired to a sandbox, with short delays so that tests run in seconds. */
final class SandboxListeners {

    private SandboxListeners() {
    }

    /**
     * Fast reconnects (50–100 ms, no jitter), 2 s deadlines, 1 s after unauthorized, catch-ups as
     * often as gaps come, 300 ms between binds.
     */
    static CrispRtmConfig.Builder fast(CrispSandbox sandbox) {
        return CrispRtmConfig.builder(sandbox.pluginIdentifier(), sandbox.pluginKey())
                .reconnectDelayMin(Duration.ofMillis(50)).reconnectDelayMax(Duration.ofMillis(100)).reconnectJitter(0)
                .connectTimeout(Duration.ofSeconds(2)).authenticationTimeout(Duration.ofSeconds(2))
                .unauthorizedBackoff(Duration.ofSeconds(1))
                .catchUpMargin(Duration.ofSeconds(1)).startupLookBack(Duration.ofMinutes(10))
                .catchUpSpacing(Duration.ZERO)
                .bindInterval(Duration.ofMillis(300));
    }

    /** {@link #fast} as it is. */
    static CrispRtmConfig fastConfig(CrispSandbox sandbox) {
        return fast(sandbox).build();
    }

    static RtmEndpointDiscovery discovery(CrispSandbox sandbox) {
        return () -> new RtmEndpoints(sandbox.rtmUrl(), sandbox.rescueRtmUrl());
    }

    static CrispRtmListener listener(CrispRtmConfig config, RecordingPorts ports, RtmEndpointDiscovery discovery) {
        return new CrispRtmListener(config, ports.capture(), ports.installationsPort(), ports.catchUp(), discovery,
                Clock.systemUTC());
    }

    /** Starts a listener with {@link #fastConfig} and waits until it is authenticated. */
    static CrispRtmListener authenticated(CrispSandbox sandbox, RecordingPorts ports) {
        return authenticated(fastConfig(sandbox), ports, discovery(sandbox));
    }

    static CrispRtmListener authenticated(CrispRtmConfig config, RecordingPorts ports, RtmEndpointDiscovery discovery) {
        CrispRtmListener listener = listener(config, ports, discovery);
        listener.start();
        Await.until("authenticated", () -> listener.health().ready());
        return listener;
    }
}
