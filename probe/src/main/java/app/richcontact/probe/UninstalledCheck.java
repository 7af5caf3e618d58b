package app.richcontact.probe;

import java.util.UUID;

/**
 * What the settings route answers for a website the plugin is not installed on: asked for a
 * made-up website id, or for the one the operator names (a website the plugin was removed from
 * is the truest test). The plugin takes 403 and 404 alike for "not installed".
 */
final class UninstalledCheck implements Check {

    private final String websiteId;

    /** @param websiteId a website without the plugin, or null for a made-up id */
    UninstalledCheck(String websiteId) {
        this.websiteId = websiteId;
    }

    @Override
    public String unknown() {
        return "a website without the plugin, on the settings route";
    }

    @Override
    public Finding run(ProbeContext context) {
        String asked = websiteId != null ? websiteId : UUID.randomUUID().toString();
        Answer answer = context.api().get(ProbeContext.settingsPath(asked, context.pluginId()));
        String which = websiteId != null ? "website " + websiteId : "a made-up website id";
        if (answer.succeeded()) {
            throw new ProbeFailure("the settings of " + which + " were answered " + answer.describe()
                    + ": name a website the plugin is not installed on");
        }
        String verdict = answer.status() == 403 || answer.status() == 404
                ? "the plugin takes it for not installed" : "the plugin does not know this answer and retries it";
        return Finding.settled(unknown(), answer.describe() + " for " + which + " (" + verdict + ")");
    }
}
