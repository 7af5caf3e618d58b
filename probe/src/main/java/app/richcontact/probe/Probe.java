package app.richcontact.probe;

import app.richcontact.adapters.crisprest.CrispRestConfig;
import app.richcontact.probe.wire.ThrowawayProfile;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * One probe run against a test website: finds the plugin and the website's settings, runs every
 * check in an order where each leaves what the next needs, then undoes what they made or changed
 * (the throwaway profiles deleted, the settings put back), whatever happened.
 */
final class Probe {

    private final ObjectMapper json = new ObjectMapper();
    private final CrispRestConfig rest;
    private final String websiteId;
    private final List<Check> checks;
    private final ProbeClock clock;

    /**
     * @param rest                 where Crisp is, the plugin token and timeouts, as the plugin reads them
     * @param websiteId            the test website, where the plugin is installed
     * @param uninstalledWebsiteId a website without the plugin, or null for a made-up id
     * @param testSession          the session id of the operator's own test conversation, or null
     * @param clock                what waits for lagging reads are measured in
     */
    Probe(CrispRestConfig rest, String websiteId, String uninstalledWebsiteId, String testSession, ProbeClock clock) {
        this.rest = rest;
        this.clock = clock;
        this.websiteId = websiteId;
        this.checks = List.of(new NicknameCheck(), new ReadLagCheck(), new SearchLagCheck(), new PhoneSearchCheck(),
                new ContactRoutesCheck(), new MetaEmailLinksCheck(testSession), new DuplicateCheck(),
                new SegmentsUpdateCheck(), new PersonUpdateCheck(), new UninstalledCheck(uninstalledWebsiteId),
                new SettingsEventsCheck(), new SubscriptionEventsCheck(), new ChannelSendersCheck(),
                new SenderSessionsCheck());
    }

    /** @throws ProbeFailure when Crisp refuses the token or the plugin is not installed on the test website */
    ProbeReport run() {
        CrispApi api = new CrispApi(json, rest);
        Answer connected = api.get("plugin/connect/account");
        String pluginId = connected.data().path("plugin_id").asText("");
        if (!connected.succeeded() || pluginId.isEmpty()) {
            throw new ProbeFailure("plugin/connect/account answered " + connected.describe()
                    + (connected.status() == 401 ? ": Crisp refuses this plugin token" : ""));
        }
        Answer subscription = api.get(ProbeContext.settingsPath(websiteId, pluginId));
        JsonNode settings = subscription.data().path("settings");
        if (!subscription.succeeded() || !settings.isObject()) {
            throw new ProbeFailure("the settings of website " + websiteId + " answered " + subscription.describe()
                    + ": the plugin must be installed on the test website");
        }
        ProbeContext context = new ProbeContext(api, clock, json, websiteId, pluginId, (ObjectNode) settings,
                ThrowawayProfile.invent(), new RealtimeAccess(rest.account().identifier(), rest.account().key()));
        List<Finding> findings = new ArrayList<>();
        List<String> cleanUp = new ArrayList<>();
        List<String> leftBehind = new ArrayList<>();
        try {
            for (Check check : checks) {
                try {
                    findings.add(check.run(context));
                } catch (ProbeFailure failed) {
                    findings.add(Finding.unsettled(check.unknown(), failed.getMessage()));
                }
            }
        } finally {
            cleanUp(context, cleanUp, leftBehind);
        }
        return new ProbeReport(findings, cleanUp, leftBehind, api.requests());
    }

    /** Undoes every step, latest first, each whatever became of the others. */
    private static void cleanUp(ProbeContext context, List<String> done, List<String> leftBehind) {
        for (Undo step : context.undoSteps()) {
            try {
                done.add(step.undo(context.api()));
            } catch (ProbeFailure failed) {
                leftBehind.add(failed.getMessage());
            }
        }
    }
}
