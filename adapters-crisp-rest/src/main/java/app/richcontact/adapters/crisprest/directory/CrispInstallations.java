package app.richcontact.adapters.crisprest.directory;

import app.richcontact.adapters.crisprest.client.CrispAnswer;
import app.richcontact.adapters.crisprest.client.CrispCall;
import app.richcontact.adapters.crisprest.client.CrispClient;
import app.richcontact.adapters.crisprest.client.Priority;
import app.richcontact.adapters.crisprest.wire.InstallationJson;
import app.richcontact.application.port.out.FailureCause;
import app.richcontact.application.port.out.InstallationChanges;
import app.richcontact.application.port.out.Installations;
import app.richcontact.application.port.out.OutboundFailure;
import app.richcontact.application.port.out.SettingsStore;
import app.richcontact.domain.Installation;
import app.richcontact.domain.WebsiteId;
import app.richcontact.domain.WebsiteSettings;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Installations and settings over the plugin connect and subscription routes. Items that cannot
 * be read (no valid website id or token) are skipped and counted in the log, never trusted. On
 * the settings route both 403 and 404 mean "not installed" (Crisp does not say which it answers);
 * a 401 stays a refusal of the plugin's token.
 */
public final class CrispInstallations implements Installations, SettingsStore {

    private static final Logger LOG = LoggerFactory.getLogger(CrispInstallations.class);

    static final String ALL = "plugin/connect/websites/all/{page}";
    static final String SINCE = "plugin/connect/websites/since";
    static final String SETTINGS = "plugins/subscription/{website_id}/{plugin_id}/settings";
    static final int MAX_PAGES = 10_000;
    /**
     * The {@code difference} values after which an item describes the installation as it is now.
     * Any other value (a removal, or one Crisp has not documented) is only a hint: the website's
     * own entry is read again, and tells whether it is still installed.
     */
    static final java.util.Set<String> KNOWN_CURRENT = java.util.Set.of("added", "updated");

    private final CrispClient client;
    private final InstallationJson wire;
    private final Supplier<String> pluginId;

    public CrispInstallations(CrispClient client, InstallationJson wire, Supplier<String> pluginId) {
        this.client = client;
        this.wire = wire;
        this.pluginId = pluginId;
    }

    @Override
    public List<Installation> all() {
        List<Installation> installations = new ArrayList<>();
        int skipped = 0;
        for (int page = 1; page <= MAX_PAGES; page++) {
            JsonNode items = client.send(CrispCall.of("GET", ALL, Priority.ESSENTIAL, Integer.toString(page))).dataOrFail();
            if (!items.isArray() || items.isEmpty()) {
                break;
            }
            for (JsonNode item : items) {
                Optional<Installation> installation = wire.installation(item, null);
                installation.ifPresent(installations::add);
                skipped += installation.isPresent() ? 0 : 1;
            }
        }
        warnIfSkipped(skipped, ALL);
        return installations;
    }

    /**
     * Items that describe an installation as it is now are taken as they are; any other item
     * (a removal, or a {@code difference} Crisp has not documented) costs one read of that
     * website's own entry, which tells whether it is still installed. An entry whose own read
     * answers something unreadable is skipped and counted, and the others are still returned;
     * only what fails every read (quota, outage, the token) fails the poll.
     */
    @Override
    public InstallationChanges changedSince(Instant since) {
        JsonNode items = client.send(CrispCall.of("GET", SINCE, Priority.ESSENTIAL)
                .withQuery("date_since", since.truncatedTo(ChronoUnit.SECONDS).toString())).dataOrFail();
        List<Installation> current = new ArrayList<>();
        List<WebsiteId> removed = new ArrayList<>();
        if (!items.isArray()) {
            return new InstallationChanges(current, removed);
        }
        int unreadable = 0;
        for (JsonNode item : items) {
            Optional<Installation> complete = KNOWN_CURRENT.contains(item.path("difference").asText(""))
                    ? wire.installation(item, null) : Optional.empty();
            if (complete.isPresent()) {
                current.add(complete.get());
                continue;
            }
            WebsiteId website = websiteOf(item);
            if (website == null) {
                continue;
            }
            CrispAnswer answer;
            try {
                answer = settingsOf(website, Priority.ESSENTIAL);
            } catch (OutboundFailure failure) {
                if (failure.failureCause() != FailureCause.UNEXPECTED) {
                    throw failure;
                }
                unreadable++;
                continue;
            }
            if (notInstalled(answer)) {
                removed.add(website);
                continue;
            }
            Optional<Installation> entry = answer.succeeded() ? wire.installation(answer.data(), website) : Optional.empty();
            entry.ifPresent(current::add);
            unreadable += entry.isPresent() ? 0 : 1;
        }
        warnIfSkipped(unreadable, SETTINGS);
        return new InstallationChanges(current, removed);
    }

    @Override
    public Optional<Installation> find(WebsiteId website) {
        return find(website, Priority.ESSENTIAL);
    }

    @Override
    public Optional<Installation> findForUnverifiedRequest(WebsiteId website) {
        return find(website, Priority.UNVERIFIED);
    }

    private Optional<Installation> find(WebsiteId website, Priority priority) {
        CrispAnswer answer = settingsOf(website, priority);
        if (notInstalled(answer)) {
            return Optional.empty();
        }
        return wire.installation(answer.dataOrFail(), website);
    }

    private CrispAnswer settingsOf(WebsiteId website, Priority priority) {
        return client.send(CrispCall.of("GET", SETTINGS, priority, website.value(), pluginId.get()).withForbiddenAnswered());
    }

    /** 403 or 404 on the settings route: Crisp answers one of them for a website without the plugin. */
    private static boolean notInstalled(CrispAnswer answer) {
        return answer.notFound() || answer.status() == 403;
    }

    /** PATCH merges: our keys are replaced, keys we do not know are kept. */
    @Override
    public void save(WebsiteId website, WebsiteSettings settings) {
        client.send(CrispCall.of("PATCH", SETTINGS, Priority.ESSENTIAL, website.value(), pluginId.get())
                .withBody(wire.settingsBody(settings))).dataOrFail();
    }

    private static WebsiteId websiteOf(JsonNode item) {
        JsonNode id = item.get("website_id");
        try {
            return id != null && id.isTextual() ? new WebsiteId(id.asText()) : null;
        } catch (IllegalArgumentException invalidId) {
            warnIfSkipped(1, SINCE);
            return null;
        }
    }

    private static void warnIfSkipped(int skipped, String route) {
        if (skipped > 0) {
            LOG.warn("skipped {} unreadable website entries from GET {}", skipped, route);
        }
    }
}
