package app.richcontact.sandbox.internal.rest;

import app.richcontact.sandbox.SandboxSwitches;
import app.richcontact.sandbox.internal.events.EventSink;
import app.richcontact.sandbox.internal.settings.SettingsSaves;
import app.richcontact.sandbox.internal.world.World;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/** Builds the REST side: the route table with every handler, behind one dispatcher. */
public final class RestApi {

    private RestApi() {
    }

    /** Everything the REST side needs from the rest of the sandbox. */
    public record Wiring(World world, SandboxSwitches switches, Quota quota, FaultInjector faults,
                         RequestCounter log, Executor delayed, String identifier, String key, String pluginId,
                         JsonNode settingsSchema, SettingsSaves settingsSaves, EventSink events,
                         Supplier<URI> rtmUrl, Supplier<URI> rescueRtmUrl) {
    }

    public static RestDispatcher dispatcher(Wiring wiring) {
        ObjectMapper json = new ObjectMapper();
        JsonViews views = new JsonViews(json);
        RouteTable table = new RouteTable();
        new ConnectRoutes(wiring.world(), views, wiring.pluginId(), wiring.rtmUrl(), wiring.rescueRtmUrl()).register(table);
        new SettingsRoutes(wiring.world(), views, wiring.switches(), wiring.settingsSaves(), wiring.pluginId(),
                wiring.settingsSchema()).register(table);
        new ConversationRoutes(wiring.world(), views).register(table);
        new MetaUpdateRoute(wiring.world(), views, wiring.switches(), wiring.events()).register(table);
        new PeopleRoutes(wiring.world(), views, wiring.switches(), json).register(table);
        new PeopleUpdateRoutes(wiring.world(), views, wiring.switches()).register(table);
        return new RestDispatcher(table, json, wiring.switches(), wiring.quota(), wiring.faults(), wiring.log(),
                wiring.delayed(), wiring.identifier(), wiring.key());
    }
}
