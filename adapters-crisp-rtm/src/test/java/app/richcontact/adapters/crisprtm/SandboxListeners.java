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
    static CrispRtmConfig fastConfig(CrispSandbox sandbox) {
        return CrispRtmConfig.defaults(sandbox.pluginIdentifier(), sandbox.pluginKey())
                .withReconnectDelays(Duration.ofMillis(50), Duration.ofMillis(100), 0)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2))
                .withUnauthorizedBackoff(Duration.ofSeconds(1))
                .withCatchUp(Duration.ofSeconds(1), Duration.ofMinutes(10))
                .withCatchUpSpacing(Duration.ZERO)
                .withBindInterval(Duration.ofMillis(300));
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
