package app.richcontact.benchmarks.harness;

import app.richcontact.sandbox.CrispSandbox;
import app.richcontact.sandbox.SandboxOptions;
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
            List<String> websites = new ArrayList<>();
            for (int i = 1; i <= websiteCount; i++) {
                websites.add(sandbox.scenario().installWebsite("Bench shop " + i).websiteId());
            }
            return new Rig(sandbox, List.copyOf(websites), InProcessPlugin.startReady(sandbox, pluginEnvironment));
        } catch (RuntimeException failed) {
            sandbox.close();
            throw failed;
        }
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
