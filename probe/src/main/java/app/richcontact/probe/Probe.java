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
    private final CrispRestConfig.Account account;
    private final String websiteId;
    private final List<Check> checks;

    /**
     * @param account              where Crisp is and the plugin token, as the plugin reads them
     * @param websiteId            the test website, where the plugin is installed
     * @param uninstalledWebsiteId a website without the plugin, or null for a made-up id
     */
    Probe(CrispRestConfig.Account account, String websiteId, String uninstalledWebsiteId) {
        this.account = account;
        this.websiteId = websiteId;
        this.checks = List.of(new NicknameCheck(), new ReadLagCheck(), new SearchLagCheck(), new PhoneSearchCheck(),
                new DuplicateCheck(), new UninstalledCheck(uninstalledWebsiteId), new SettingsEventsCheck(),
                new SubscriptionEventsCheck());
    }

    /** @throws ProbeFailure when Crisp refuses the token or the plugin is not installed on the test website */
    ProbeReport run() {
        CrispApi api = new CrispApi(json, account.baseUri(), account.identifier(), account.key(), account.version());
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
        ProbeContext context = new ProbeContext(api, json, websiteId, pluginId, (ObjectNode) settings,
                ThrowawayProfile.invent(), new RealtimeAccess(account.identifier(), account.key()));
        List<Finding> findings = new ArrayList<>();
        List<String> cleanUp;
        try {
            for (Check check : checks) {
                try {
                    findings.add(check.run(context));
                } catch (ProbeFailure failed) {
                    findings.add(Finding.unsettled(check.unknown(), failed.getMessage()));
                }
            }
        } finally {
            cleanUp = cleanUp(context);
        }
        return new ProbeReport(findings, cleanUp, api.requests());
    }

    private static List<String> cleanUp(ProbeContext context) {
        List<String> done = new ArrayList<>();
        int deleted = 0;
        for (String peopleId : context.createdPeopleIds()) {
            Answer answer = context.api().send("DELETE", context.people("profile/" + peopleId), null);
            if (answer.succeeded()) {
                deleted++;
            } else {
                done.add("profile " + peopleId + " could not be deleted (" + answer.describe() + "): delete it in Crisp");
            }
        }
        if (deleted > 0) {
            done.add(0, deleted + (deleted == 1 ? " throwaway profile deleted" : " throwaway profiles deleted"));
        }
        if (context.settingsNeedRestoring()) {
            done.add(restoreSettings(context));
        }
        return done;
    }

    private static String restoreSettings(ProbeContext context) {
        String path = ProbeContext.settingsPath(context.websiteId(), context.pluginId());
        ObjectNode original = context.originalSettings();
        Answer put = context.api().send("PUT", path, original);
        Answer after = context.api().get(path);
        if (put.succeeded() && original.equals(after.data().path("settings"))) {
            return "settings restored";
        }
        return "the test website's settings could not be restored (" + put.describe() + "); they were " + original;
    }
}
