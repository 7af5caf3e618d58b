package app.richcontact.sandbox;

import app.richcontact.sandbox.internal.world.Ids;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * How to start a {@link CrispSandbox}: the start-only options below (where it listens, the
 * plugin's credentials) and the initial value of every {@link SandboxSwitch switch}. Build one
 * with {@code builder().set(SandboxOptions.PORT, 8089).set(SandboxSwitch.DAILY_QUOTA, 10L)}.
 */
public final class SandboxOptions {

    /** The interface to listen on. */
    public static final SandboxOption<String> HOST = SandboxOption.option("host", "host H", "127.0.0.1",
            "interface to listen on", Function.identity(), SandboxOption.notBlank("host"));
    /** The one HTTP port for REST, RTM and the page; 0 takes a free one. */
    public static final SandboxOption<Integer> PORT = SandboxOption.option("port", "port N", 0,
            "the one HTTP port for REST, RTM and the page; 0: any free port", Integer::parseInt,
            value -> SandboxOption.require(value != null && value >= 0 && value <= 65_535, "port must be within 0..65535"));
    /** The host put in announced URLs (connect endpoints). */
    public static final SandboxOption<String> ADVERTISED_HOST = new SandboxOption<>("advertisedHost",
            "advertised-host H", () -> null, "the listening host", "host put in announced URLs",
            Function.identity(), SandboxOption.notBlank("advertisedHost"));
    /** The identifier of the plugin token ({@code identifier:key}); it goes with {@link #KEY}. */
    public static final SandboxOption<String> IDENTIFIER = new SandboxOption<>("pluginIdentifier", "identifier ID",
            Ids::uuid, "random", "plugin token identifier (with --key)", Function.identity(),
            SandboxOption.notBlank("pluginIdentifier"));
    /** The key of the plugin token; it goes with {@link #IDENTIFIER}. */
    public static final SandboxOption<String> KEY = new SandboxOption<>("pluginKey", "key KEY", Ids::secret,
            "random", "plugin token key (with --identifier)", Function.identity(), SandboxOption.notBlank("pluginKey"));
    /** The plugin id returned by {@code plugin/connect/account}. */
    public static final SandboxOption<String> PLUGIN_ID = new SandboxOption<>("pluginId", "plugin-id ID", Ids::uuid,
            "random", "plugin_id", Function.identity(), SandboxOption.notBlank("pluginId"));
    /** The JSON Schema returned as {@code schema} by the settings route. */
    public static final SandboxOption<String> SETTINGS_SCHEMA = SandboxOption.option("settingsSchema",
            "settings-schema JSON", "{\"type\":\"object\"}", "JSON Schema of the plugin's settings",
            Function.identity(), SandboxOption.notBlank("settingsSchema"));

    private static final List<SandboxOption<?>> START = List.of(HOST, PORT, ADVERTISED_HOST, IDENTIFIER, KEY,
            PLUGIN_ID, SETTINGS_SCHEMA);

    private final OptionValues values;

    private SandboxOptions(OptionValues values) {
        this.values = values;
    }

    /** A builder holding every option's default. */
    public static Builder builder() {
        return new Builder();
    }

    /** All defaults: loopback, a free port, random credentials. */
    public static SandboxOptions defaults() {
        return builder().build();
    }

    /** The start-only options, in the order of the usage text (the switches are {@link SandboxSwitch#all()}). */
    public static List<SandboxOption<?>> all() {
        return START;
    }

    /** The value of a start option, or the value a switch starts with: its default unless the builder set it. */
    public <T> T get(SandboxOption<T> which) {
        return values.get(which);
    }

    /** Collects options; {@link #set} checks each value and names the option when it refuses. */
    public static final class Builder {

        private final OptionValues values;

        private Builder() {
            List<SandboxOption<?>> known = new ArrayList<>(START);
            known.addAll(SandboxSwitch.all());
            this.values = new OptionValues(List.copyOf(known));
        }

        /** The value {@code which} (a start option or a switch) starts with; its default otherwise. */
        public <T> Builder set(SandboxOption<T> which, T value) {
            values.set(which, value);
            return this;
        }

        public SandboxOptions build() {
            if (values.isSet(IDENTIFIER) != values.isSet(KEY)) {
                throw new IllegalArgumentException("pluginIdentifier and pluginKey go together");
            }
            OptionValues settled = values.settled();
            if (!values.isSet(ADVERTISED_HOST)) {
                settled.set(ADVERTISED_HOST, settled.get(HOST));
            }
            return new SandboxOptions(settled);
        }
    }
}
