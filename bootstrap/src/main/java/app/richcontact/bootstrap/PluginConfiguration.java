package app.richcontact.bootstrap;

import app.richcontact.adapters.crisprest.CrispRestConfig;
import app.richcontact.adapters.crisprest.PhoneSearch;
import app.richcontact.adapters.crisprtm.CrispRtmConfig;
import app.richcontact.adapters.kubernetes.KubernetesLeaseConfig;
import app.richcontact.adapters.web.HookSecret;
import app.richcontact.adapters.web.WebConfig;
import app.richcontact.application.CaptureConfig;
import app.richcontact.application.InstallationSchedule;
import app.richcontact.domain.ChannelAlias;
import app.richcontact.domain.ChannelRules;
import app.richcontact.domain.UrnPattern;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Everything Rich Contact reads from its environment, validated once at start-up, as the
 * configurations of the parts it wires. Each default lives in the builder of the part it belongs
 * to; a variable that is set overrides it. The table of variables is in the README; secrets (the
 * plugin key, the hook secret) are never printed.
 *
 * @param rest     the Crisp REST adapter
 * @param realtime the Crisp RTM listener, or empty when events come by web hooks only
 * @param capture  the application's capturing
 * @param web      the web adapter
 * @param server   the process itself
 * @param lease    the Kubernetes Lease the replicas compete for, or empty when this process is always active
 */
public record PluginConfiguration(CrispRestConfig rest, Optional<CrispRtmConfig> realtime, CaptureConfig capture,
                                  WebConfig web, Server server, Optional<KubernetesLeaseConfig> lease) {

    public static final String IDENTIFIER = "CRISP_PLUGIN_IDENTIFIER";
    public static final String KEY = "CRISP_PLUGIN_KEY";
    public static final String API_URL = "CRISP_API_URL";
    public static final String HOOK_SECRET = "CRISP_HOOK_SECRET";
    public static final String PORT = "RICHCONTACT_PORT";
    public static final String MANAGEMENT_PORT = "RICHCONTACT_MANAGEMENT_PORT";
    public static final String WINDOW = "RICHCONTACT_COLLECTION_WINDOW";
    public static final String MAX_PENDING = "RICHCONTACT_MAX_PENDING_CAPTURES";
    public static final String WORKERS = "RICHCONTACT_WORKERS";
    public static final String DAILY_QUOTA = "RICHCONTACT_DAILY_QUOTA";
    public static final String OPTIONAL_SHARE = "RICHCONTACT_OPTIONAL_QUOTA_SHARE";
    public static final String REQUESTS_PER_SECOND = "RICHCONTACT_REQUESTS_PER_SECOND";
    public static final String MAX_CONCURRENT = "RICHCONTACT_MAX_CONCURRENT_REQUESTS";
    public static final String PHONE_SEARCH = "RICHCONTACT_PHONE_SEARCH";
    public static final String CHANNEL_ALIASES = "RICHCONTACT_CHANNEL_ALIASES";
    public static final String DENIED_ORIGINS = "RICHCONTACT_DENIED_ORIGINS";
    public static final String FRAME_ANCESTORS = "RICHCONTACT_FRAME_ANCESTORS";
    public static final String TRUST_FORWARDED_FOR = "RICHCONTACT_TRUST_FORWARDED_FOR";
    public static final String REALTIME = "RICHCONTACT_RTM";
    public static final String CATCH_UP_LOOKBACK = "RICHCONTACT_CATCH_UP_LOOKBACK";
    public static final String SHUTDOWN_DEADLINE = "RICHCONTACT_SHUTDOWN_DEADLINE";
    public static final String LOG_FORMAT = "RICHCONTACT_LOG_FORMAT";
    public static final String MAX_RETRIES = "RICHCONTACT_MAX_RETRIES";
    public static final String MAX_RETRY_DELAY = "RICHCONTACT_MAX_RETRY_DELAY";
    public static final String QUOTA_PAUSE = "RICHCONTACT_QUOTA_PAUSE";
    public static final String INSTALLATIONS_REFRESH = "RICHCONTACT_INSTALLATIONS_REFRESH";
    public static final String LEADER_ELECTION = "RICHCONTACT_LEADER_ELECTION";
    public static final String KUBERNETES_API = "RICHCONTACT_KUBERNETES_API";
    public static final String LEASE_NAMESPACE = "RICHCONTACT_LEASE_NAMESPACE";
    public static final String LEASE_NAME = "RICHCONTACT_LEASE_NAME";
    public static final String LEASE_DURATION = "RICHCONTACT_LEASE_DURATION";
    public static final String LEASE_RENEW_DEADLINE = "RICHCONTACT_LEASE_RENEW_DEADLINE";
    public static final String LEASE_RETRY_PERIOD = "RICHCONTACT_LEASE_RETRY_PERIOD";
    /** The replica's name in the Lease; Kubernetes sets it to the pod's name. */
    public static final String REPLICA_NAME = "HOSTNAME";

    /** Set by Kubernetes in every container: the API server's address, and the sign of running in a pod. */
    public static final String IN_A_POD = "KUBERNETES_SERVICE_HOST";

    /** The smallest hook secret accepted: shorter ones could be guessed. */
    private static final int MIN_HOOK_SECRET = 16;

    /** How log lines are written: for people, or one JSON object per line for log shippers. */
    public enum LogFormat { TEXT, JSON }

    /**
     * What bootstrap itself runs with.
     *
     * @param workers          threads that run captures (they wait on Crisp)
     * @param shutdownDeadline on SIGTERM, how long open windows may take to finish
     * @param logFormat        how log lines are written
     * @param installationsRefresh time between two reads of what changed among installations
     *                             (also how soon an install Crisp announced to no socket is found)
     */
    public record Server(int workers, Duration shutdownDeadline, LogFormat logFormat, Duration installationsRefresh) {

        static Server read(Environment env) {
            return new Server(env.integer(WORKERS, 1, 1_024).orElse(32),
                    env.duration(SHUTDOWN_DEADLINE, Duration.ofMinutes(10)).orElse(Duration.ofSeconds(20)),
                    PluginConfiguration.logFormat(env),
                    env.duration(INSTALLATIONS_REFRESH, Duration.ofHours(6)).orElse(InstallationSchedule.REFRESH_EVERY));
        }
    }

    /** The log format alone: the sandbox run mode chooses it before anything else logs. */
    public static LogFormat logFormat(Environment env) {
        return env.choice(LOG_FORMAT, LogFormat.class).orElse(LogFormat.TEXT);
    }

    public static PluginConfiguration fromEnvironment(Map<String, String> variables) {
        Environment env = new Environment(variables);
        String identifier = env.required(IDENTIFIER);
        String key = env.required(KEY);
        ChannelRules channels = new ChannelRules(
                list(env, DENIED_ORIGINS, UrnPattern::new).orElse(ChannelRules.DEFAULT_DENIED),
                list(env, CHANNEL_ALIASES, ChannelAlias::parse).orElse(List.of()));
        boolean realtime = env.flag(REALTIME).orElse(true);
        return new PluginConfiguration(rest(env, identifier, key),
                realtime ? Optional.of(rtm(env, identifier, key)) : Optional.empty(),
                capture(env, channels), web(env, channels), Server.read(env), lease(env));
    }

    /**
     * On when {@value #LEADER_ELECTION} says so, or, unset, in a pod (Kubernetes sets
     * {@value #IN_A_POD} in every container); off, the process is always active, as a single replica.
     * In a pod the client reads the API server, the token and the namespace from the service account.
     */
    static Optional<KubernetesLeaseConfig> lease(Environment env) {
        boolean inPod = env.text(IN_A_POD).isPresent();
        if (!env.flag(LEADER_ELECTION).orElse(inPod)) {
            return Optional.empty();
        }
        String identity = env.text(REPLICA_NAME)
                .orElseThrow(() -> new ConfigurationException(REPLICA_NAME, "must name this replica"));
        KubernetesLeaseConfig.Builder lease = KubernetesLeaseConfig.builder(identity);
        env.text(LEASE_NAMESPACE).ifPresent(lease::namespace);
        env.text(LEASE_NAME).ifPresent(lease::leaseName);
        env.url(KUBERNETES_API).ifPresent(lease::apiServer);
        env.duration(LEASE_DURATION, Duration.ofMinutes(5)).ifPresent(lease::leaseDuration);
        env.duration(LEASE_RENEW_DEADLINE, Duration.ofMinutes(5)).ifPresent(lease::renewDeadline);
        env.duration(LEASE_RETRY_PERIOD, Duration.ofMinutes(1)).ifPresent(lease::retryPeriod);
        if (!inPod && env.text(KUBERNETES_API).isEmpty()) {
            throw new ConfigurationException(KUBERNETES_API, "is required outside a pod when " + LEADER_ELECTION
                    + " is true");
        }
        if (!inPod && env.text(LEASE_NAMESPACE).isEmpty()) {
            throw new ConfigurationException(LEASE_NAMESPACE, "is required outside a pod");
        }
        try {
            return Optional.of(lease.build());
        } catch (IllegalArgumentException invalid) {
            throw new ConfigurationException(LEASE_DURATION, invalid.getMessage() + " (" + LEASE_DURATION + " > "
                    + LEASE_RENEW_DEADLINE + " > " + LEASE_RETRY_PERIOD + ")");
        }
    }

    private static CrispRestConfig rest(Environment env, String identifier, String key) {
        CrispRestConfig.Builder rest = CrispRestConfig.builder(env.url(API_URL).orElse(CrispRestConfig.CRISP_API),
                identifier, key, Version.CURRENT);
        env.integer(DAILY_QUOTA, 1, Integer.MAX_VALUE).ifPresent(rest::dailyQuota);
        env.fraction(OPTIONAL_SHARE).ifPresent(rest::optionalShare);
        env.integer(REQUESTS_PER_SECOND, 1, 100_000).ifPresent(rest::requestsPerSecond);
        env.integer(MAX_CONCURRENT, 1, 10_000).ifPresent(rest::maxConcurrent);
        env.choice(PHONE_SEARCH, PhoneSearch.class).ifPresent(rest::phoneSearch);
        env.duration(QUOTA_PAUSE, Duration.ofHours(24)).ifPresent(rest::quotaPause);
        return rest.build();
    }

    private static CrispRtmConfig rtm(Environment env, String identifier, String key) {
        CrispRtmConfig.Builder rtm = CrispRtmConfig.builder(identifier, key);
        env.duration(CATCH_UP_LOOKBACK, Duration.ofDays(1)).ifPresent(rtm::startupLookBack);
        return rtm.build();
    }

    private static CaptureConfig capture(Environment env, ChannelRules channels) {
        CaptureConfig.Builder capture = CaptureConfig.builder().channels(channels);
        env.duration(WINDOW, Duration.ofMinutes(10)).ifPresent(capture::window);
        env.integer(MAX_PENDING, 1, 10_000_000).ifPresent(capture::maxOpenCaptures);
        env.integer(MAX_RETRIES, 0, 50).ifPresent(capture::maxRetries);
        env.duration(MAX_RETRY_DELAY, Duration.ofHours(6)).ifPresent(capture::maxRetryDelay);
        return capture.build();
    }

    private static WebConfig web(Environment env, ChannelRules channels) {
        int port = env.integer(PORT, 0, 65_535).orElse(8080);
        WebConfig.Builder web = WebConfig.builder(port, channels);
        env.integer(MANAGEMENT_PORT, 0, 65_535).ifPresent(management -> {
            if (management != 0 && management == port) {
                throw new ConfigurationException(MANAGEMENT_PORT, "must differ from " + PORT);
            }
            web.managementPort(management);
        });
        list(env, FRAME_ANCESTORS, PluginConfiguration::origin).ifPresent(web::frameAncestors);
        env.flag(TRUST_FORWARDED_FOR).ifPresent(web::trustForwardedFor);
        env.text(HOOK_SECRET).map(PluginConfiguration::hookSecret).ifPresent(web::hookSecret);
        try {
            return web.build();
        } catch (IllegalArgumentException invalid) {
            // Every other value was range-checked as it was read: only the origins' finer checks remain.
            throw new ConfigurationException(FRAME_ANCESTORS, invalid.getMessage());
        }
    }

    private static HookSecret hookSecret(String secret) {
        if (secret.length() < MIN_HOOK_SECRET) {
            throw new ConfigurationException(HOOK_SECRET, "must be at least " + MIN_HOOK_SECRET + " characters");
        }
        try {
            return HookSecret.of(secret);
        } catch (IllegalArgumentException invalid) {
            throw new ConfigurationException(HOOK_SECRET, invalid.getMessage());
        }
    }

    /** A comma-separated list; a bad entry names the variable, its position and what is wrong. */
    private static <T> Optional<List<T>> list(Environment env, String name, Function<String, T> parse) {
        return env.text(name).map(text -> {
            List<T> items = new ArrayList<>();
            String[] entries = text.split(",");
            for (int i = 0; i < entries.length; i++) {
                try {
                    items.add(parse.apply(entries[i].strip()));
                } catch (IllegalArgumentException invalid) {
                    throw new ConfigurationException(name, "entry " + (i + 1) + " (" + entries[i].strip() + "): "
                            + invalid.getMessage());
                }
            }
            return List.copyOf(items);
        });
    }

    private static String origin(String text) {
        URI uri = URI.create(text);
        if (!uri.isAbsolute() || uri.getHost() == null || (uri.getPath() != null && !uri.getPath().isEmpty())) {
            throw new IllegalArgumentException("must be an origin such as https://app.crisp.chat");
        }
        return text;
    }
}
