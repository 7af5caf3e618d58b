package app.richcontact.sandbox;

import app.richcontact.sandbox.internal.world.Ids;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How to start a {@link CrispSandbox}: where it listens, the plugin's credentials, and the
 * initial value of every {@link SandboxSwitch switch}. Build one with {@link #builder()}.
 */
public final class SandboxOptions {

    private final String host;
    private final int port;
    private final String advertisedHost;
    private final String pluginIdentifier;
    private final String pluginKey;
    private final String pluginId;
    private final String settingsSchema;
    private final Map<SandboxSwitch<?>, Object> switches;

    private SandboxOptions(Builder b) {
        this.host = b.host;
        this.port = b.port;
        this.advertisedHost = b.advertisedHost == null ? b.host : b.advertisedHost;
        this.pluginIdentifier = b.pluginIdentifier;
        this.pluginKey = b.pluginKey;
        this.pluginId = b.pluginId;
        this.settingsSchema = b.settingsSchema;
        this.switches = new HashMap<>(b.switches);
    }

    /** A builder holding the defaults described on each of its methods. */
    public static Builder builder() {
        return new Builder();
    }

    /** All defaults: loopback, a free port, random credentials. */
    public static SandboxOptions defaults() {
        return builder().build();
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public String advertisedHost() {
        return advertisedHost;
    }

    public String pluginIdentifier() {
        return pluginIdentifier;
    }

    public String pluginKey() {
        return pluginKey;
    }

    public String pluginId() {
        return pluginId;
    }

    public String settingsSchema() {
        return settingsSchema;
    }

    /** The value a switch starts with: its default unless the builder set it. */
    @SuppressWarnings("unchecked")
    public <T> T initial(SandboxSwitch<T> which) {
        return switches.containsKey(which) ? (T) switches.get(which) : which.defaultValue();
    }

    /** Collects options; every setter validates its argument and names it when it refuses. */
    public static final class Builder {

        private String host = "127.0.0.1";
        private int port;
        private String advertisedHost;
        private String pluginIdentifier = Ids.uuid();
        private String pluginKey = Ids.secret();
        private String pluginId = Ids.uuid();
        private String settingsSchema = "{\"type\":\"object\"}";
        private final Map<SandboxSwitch<?>, Object> switches = new HashMap<>();

        private Builder() {
        }

        /** The interface to listen on; default {@code 127.0.0.1}. */
        public Builder host(String value) {
            this.host = Objects.requireNonNull(value, "host");
            return this;
        }

        /** The HTTP port for REST, RTM and the page; default 0 (a free port). */
        public Builder port(int value) {
            if (value < 0 || value > 65_535) {
                throw new IllegalArgumentException("port must be within 0..65535");
            }
            this.port = value;
            return this;
        }

        /** The host put in announced URLs (connect endpoints); default the listening host. */
        public Builder advertisedHost(String value) {
            this.advertisedHost = Objects.requireNonNull(value, "advertisedHost");
            return this;
        }

        /** The plugin token ({@code identifier:key}); default random. */
        public Builder credentials(String identifier, String key) {
            this.pluginIdentifier = requireText(identifier, "identifier");
            this.pluginKey = requireText(key, "key");
            return this;
        }

        /** The plugin id returned by {@code plugin/connect/account}; default random. */
        public Builder pluginId(String value) {
            this.pluginId = requireText(value, "pluginId");
            return this;
        }

        /** The value {@code which} starts with (its default otherwise); checked as {@link SandboxSwitch#check} does. */
        public <T> Builder set(SandboxSwitch<T> which, T value) {
            switches.put(which, which.check(value));
            return this;
        }

        /** The JSON Schema returned as {@code schema} by the settings route; default {@code {"type":"object"}}. */
        public Builder settingsSchema(String json) {
            this.settingsSchema = requireText(json, "settingsSchema");
            return this;
        }

        public SandboxOptions build() {
            return new SandboxOptions(this);
        }

        private static String requireText(String value, String name) {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException(name + " must not be blank");
            }
            return value;
        }
    }
}
