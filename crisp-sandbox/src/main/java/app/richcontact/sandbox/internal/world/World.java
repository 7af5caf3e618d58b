package app.richcontact.sandbox.internal.world;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/** Everything Crisp knows in this sandbox: the websites, their sessions and their CRMs. */
public final class World {

    private final ConcurrentHashMap<String, Website> websites = new ConcurrentHashMap<>();

    /** Installs the plugin on a new website. */
    public Website install(String name, ObjectNode settings, long now) {
        Website website = new Website(Ids.uuid(), name);
        website.install(settings, now);
        websites.put(website.id(), website);
        return website;
    }

    /** The website, installed or not, or null. */
    public Website website(String id) {
        return id == null ? null : websites.get(id);
    }

    /** The website when the plugin is installed on it, else null. */
    public Website installed(String id) {
        Website website = website(id);
        return website != null && website.installed() ? website : null;
    }

    /** Every CRM write so far counts as {@code elapsed} older, for caches and the search index. */
    public void ageCrm(java.time.Duration elapsed) {
        websites.values().forEach(website -> website.crm().age(elapsed));
    }

    /** Every website that ever installed the plugin, in a stable order (by id). */
    public List<Website> websites() {
        List<Website> all = new ArrayList<>(websites.values());
        all.sort(Comparator.comparing(Website::id));
        return all;
    }
}
