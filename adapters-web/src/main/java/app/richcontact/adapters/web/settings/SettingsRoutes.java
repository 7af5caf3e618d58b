package app.richcontact.adapters.web.settings;

import app.richcontact.adapters.web.WebConfig;
import app.richcontact.adapters.web.WebPorts;
import app.richcontact.adapters.web.http.TokenBuckets;
import app.richcontact.adapters.web.operations.WebCounters;
import io.javalin.config.RoutesConfig;
import java.time.Clock;

/** The settings page, its files, its JSON Schema and its API, with their shared gate. */
public final class SettingsRoutes {

    public static final String PAGE = "/settings";
    public static final String SCHEMA = "/settings/schema.json";
    /** Buckets kept per limiter; the least recently used is forgotten beyond this. */
    private static final int MAX_BUCKETS = 10_000;

    private final SettingsPageRoutes page;
    private final SettingsApiRoutes api;

    public SettingsRoutes(WebConfig config, WebPorts ports, WebCounters counters, Clock clock) {
        SettingsGate gate = new SettingsGate(ports.verifyWebsiteToken(),
                new TokenBuckets(config.limits().perClient(), MAX_BUCKETS, clock),
                new TokenBuckets(config.limits().perWebsite(), MAX_BUCKETS, clock),
                config.trustForwardedFor(), counters);
        MessageBundles bundles = new MessageBundles();
        this.page = new SettingsPageRoutes(gate, new SettingsPageHtml(config.page().offeredChannels(), bundles),
                bundles, counters);
        this.api = new SettingsApiRoutes(gate, ports.readSettings(), ports.saveSettings(), ports.readActivity(),
                config.limits().maxBodyBytes(), counters, bundles.english());
    }

    public void register(RoutesConfig routes) {
        routes.get(PAGE, page::page);
        routes.get("/settings/assets/settings.css", page::styles);
        routes.get("/settings/assets/settings.js", page::script);
        routes.get("/settings/assets/messages/{file}", page::messages);
        routes.get(SCHEMA, page::schema);
        routes.get(SettingsApiRoutes.PATH, api::read);
        routes.put(SettingsApiRoutes.PATH, api::save);
        routes.get(SettingsApiRoutes.ACTIVITY_PATH, api::activity);
    }
}
