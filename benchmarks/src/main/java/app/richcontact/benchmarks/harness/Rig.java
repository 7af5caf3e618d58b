package app.richcontact.benchmarks.harness;

import app.richcontact.bootstrap.PluginConfiguration;
import app.richcontact.sandbox.CrispSandbox;
import app.richcontact.sandbox.SandboxOptions;
import app.richcontact.sandbox.SandboxSwitch;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A sandbox with websites installed before the plugin starts (so the plugin's socket is bound to
 * all of them from its first authentication), and the plugin, ready.
 */
public final class Rig implements AutoCloseable {

    /** Large enough never to be reached by a benchmark (the sandbox counts every request). */
    public static final long UNLIMITED_QUOTA = 1_000_000_000_000L;
    public static final String UNLIMITED_PLUGIN_QUOTA = Integer.toString(Integer.MAX_VALUE);
    /** Plugin settings with its daily quota and its request limit out of the way. */
    public static final Map<String, String> UNTHROTTLED_PLUGIN = Map.of(PluginConfiguration.DAILY_QUOTA,
            UNLIMITED_PLUGIN_QUOTA, PluginConfiguration.REQUESTS_PER_SECOND, "100000");

    private final CrispSandbox sandbox;
    private final List<String> websites;
    private final InProcessPlugin plugin;

    private Rig(CrispSandbox sandbox, List<String> websites, InProcessPlugin plugin) {
        this.sandbox = sandbox;
        this.websites = websites;
        this.plugin = plugin;
    }

    public static Rig start(SandboxOptions options, int websiteCount, Map<String, String> pluginEnvironment) {
        CrispSandbox sandbox = CrispSandbox.start(options);
        try {
            return new Rig(sandbox, installWebsites(sandbox, "Bench shop", websiteCount),
                    InProcessPlugin.startReady(sandbox, pluginEnvironment));
        } catch (RuntimeException failed) {
            sandbox.close();
            throw failed;
        }
    }

    /** A sandbox that never runs out of quota and emits each conversation's start unspaced. */
    public static SandboxOptions unlimitedUnspaced() {
        return SandboxOptions.builder().set(SandboxSwitch.DAILY_QUOTA, UNLIMITED_QUOTA)
                .set(SandboxSwitch.EVENT_SPACING, Duration.ZERO).build();
    }

    /** Installs websites "{@code namePrefix} 1" to "{@code namePrefix} {@code count}"; returns their ids. */
    public static List<String> installWebsites(CrispSandbox sandbox, String namePrefix, int count) {
        return installWebsites(sandbox, namePrefix, count, "{}");
    }

    /** As {@link #installWebsites(CrispSandbox, String, int)}, each with these settings (a JSON document). */
    public static List<String> installWebsites(CrispSandbox sandbox, String namePrefix, int count, String settings) {
        List<String> websites = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            websites.add(sandbox.scenario().installWebsite(namePrefix + " " + i, settings).websiteId());
        }
        return List.copyOf(websites);
    }

    public CrispSandbox sandbox() {
        return sandbox;
    }

    public List<String> websites() {
        return websites;
    }

    public InProcessPlugin plugin() {
        return plugin;
    }

    @Override
    public void close() {
        try {
            plugin.close();
        } finally {
            sandbox.close();
        }
    }
}
