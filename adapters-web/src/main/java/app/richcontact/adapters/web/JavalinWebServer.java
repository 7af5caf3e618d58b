package app.richcontact.adapters.web;

import app.richcontact.adapters.web.hooks.CrispHookRoute;
import app.richcontact.adapters.web.http.JsonAnswers;
import app.richcontact.adapters.web.http.SecurityHeaders;
import app.richcontact.adapters.web.operations.HealthRoutes;
import app.richcontact.adapters.web.operations.MetricsRoute;
import app.richcontact.adapters.web.operations.PendingCapturesGauges;
import app.richcontact.adapters.web.operations.WebCounters;
import app.richcontact.adapters.web.settings.SettingsRoutes;
import app.richcontact.application.port.in.EventSource;
import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.http.HttpResponseException;
import io.javalin.router.EndpointNotFound;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web adapter on Javalin: the settings page and its API, Crisp web hooks (only when a hook
 * secret is configured), health and metrics. Bootstrap builds it once, calls {@link #start()},
 * reads {@link #port()}, and calls {@link #stop()} on shutdown.
 */
public final class JavalinWebServer {

    private static final Logger LOG = LoggerFactory.getLogger(JavalinWebServer.class);
    /** How long a request may send or accept nothing before it is cut (Jetty's default is 30 s). */
    private static final Duration REQUEST_IDLE_TIMEOUT = Duration.ofSeconds(10);

    private final WebConfig config;
    private final Javalin app;
    /** Health and metrics on a port of their own, when the configuration asks for one. */
    private final Optional<Javalin> management;
    private final Optional<CrispHookRoute> hooks;
    private final Optional<EventSource> hookSource;
    private boolean started;

    /**
     * @param readiness     answers {@code GET /health/ready}
     * @param metricSources the other parts' metrics (captures, Crisp requests, RTM), exposed next to this adapter's own
     * @param clock         for rate limits, web hook timestamps and redelivery memory
     */
    public JavalinWebServer(WebConfig config, WebPorts ports, ReadinessProbe readiness,
                            List<MetricSource> metricSources, Clock clock) {
        this.config = Objects.requireNonNull(config, "config");
        Objects.requireNonNull(ports, "ports");
        Objects.requireNonNull(readiness, "readiness");
        Objects.requireNonNull(clock, "clock");
        WebCounters counters = new WebCounters();
        List<MetricSource> sources = new ArrayList<>();
        sources.add(new PendingCapturesGauges(ports.readCaptureGauges()));
        sources.add(counters);
        sources.addAll(List.copyOf(metricSources));

        SettingsRoutes settings = new SettingsRoutes(config, ports, counters, clock);
        this.hooks = config.hooksEnabled()
                ? Optional.of(new CrispHookRoute(config, ports.captureConversation(), ports.trackInstallations(),
                        counters, clock))
                : Optional.empty();
        this.hookSource = hooks.map(route -> new WebHookSource(route::acceptDeliveries, route::refuseDeliveries));
        HealthRoutes health = new HealthRoutes(readiness);
        sources.add(health);
        sources.add(writer -> writer.gauge("richcontact_webhooks_enabled", "1 when web hooks are accepted.",
                config.hooksEnabled() ? 1 : 0));
        MetricsRoute metrics = new MetricsRoute(sources);
        SecurityHeaders headers = new SecurityHeaders(config.page().frameAncestors());
        Consumer<RoutesConfig> operations = routes -> {
            routes.get("/health/live", health::live);
            routes.get("/health/ready", health::ready);
            routes.get("/metrics", metrics::scrape);
        };

        this.app = server(config.port(), config.limits().maxBodyBytes(), routes -> {
            routes.before(headers);
            settings.register(routes);
            hooks.ifPresent(route -> route.register(routes));
            if (config.managementPort().isEmpty()) {
                operations.accept(routes);
            }
        });
        this.management = config.managementPort().isPresent()
                ? Optional.of(server(config.managementPort().getAsInt(), config.limits().maxBodyBytes(), operations))
                : Optional.empty();
    }

    /** A Javalin server on {@code port} with these routes, our headers' policy and JSON errors. */
    private static Javalin server(int port, int maxBodyBytes, Consumer<RoutesConfig> routes) {
        return Javalin.create(javalin -> {
            javalin.startup.showJavalinBanner = false;
            javalin.startup.startupWatcherEnabled = false;
            javalin.jetty.port = port;
            javalin.http.maxRequestSize = maxBodyBytes;
            javalin.jetty.modifyHttpConfiguration(http -> {
                http.setSendServerVersion(false);
                http.setSendXPoweredBy(false);
                // Bounds each blocking read or write of a request; RequestBody bounds a whole body.
                http.setIdleTimeout(REQUEST_IDLE_TIMEOUT.toMillis());
            });
            routes.accept(javalin.routes);
            javalin.routes.exception(EndpointNotFound.class, (notFound, ctx) ->
                    JsonAnswers.error(ctx, 404, "not_found", "There is nothing here."));
            javalin.routes.exception(HttpResponseException.class, (refused, ctx) ->
                    JsonAnswers.error(ctx, refused.getStatus(), "refused", "The request was refused."));
            javalin.routes.exception(Exception.class, (unexpected, ctx) -> {
                LOG.warn("request failed with {}", unexpected.getClass().getName());
                JsonAnswers.error(ctx, 500, "internal", "Something went wrong on our side.");
            });
        });
    }

    public synchronized void start() {
        if (started) {
            throw new IllegalStateException("the web server was already started");
        }
        management.ifPresent(Javalin::start);
        app.start();
        started = true;
        LOG.info("web adapter listening on port {}{}; web hooks {}", app.port(),
                management.map(server -> ", health and metrics on port " + server.port()).orElse(""),
                config.hooksEnabled() ? "enabled" : "disabled");
    }

    /**
     * Web hooks as an event source, when enabled; one instance, so that stopping and starting it
     * again act on the same deliveries. Stopping it is the first step of shutdown and what a standby
     * replica does: deliveries are refused (503, {@code Retry-After}) so that Crisp delivers them
     * again later instead of them being lost while captures drain; the settings page, health and
     * metrics keep serving until {@link #stop()}.
     */
    public Optional<EventSource> hookEvents() {
        return hookSource;
    }

    /** Stops serving, then lets queued installation events from web hooks finish (a few seconds at most). */
    public synchronized void stop() {
        app.stop();
        management.ifPresent(Javalin::stop);
        hooks.ifPresent(CrispHookRoute::close);
    }

    /** The bound port (useful when the configured port is 0). */
    public int port() {
        return app.port();
    }

    /** The port that serves health and metrics: the management port when there is one, else {@link #port()}. */
    public int operationsPort() {
        return management.map(Javalin::port).orElseGet(app::port);
    }
}
