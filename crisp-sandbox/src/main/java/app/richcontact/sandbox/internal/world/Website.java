package app.richcontact.sandbox.internal.world;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.ConcurrentHashMap;

/** A website as Crisp knows it: its install state for the plugin, its settings, sessions and CRM. */
public final class Website {

    private final String id;
    private final String name;
    private final WebsiteCrm crm = new WebsiteCrm();
    private final ConcurrentHashMap<String, Session> sessions = new ConcurrentHashMap<>();
    private volatile String token;
    private volatile ObjectNode settings;
    private volatile boolean installed;
    private volatile long changedAt;
    private volatile String difference;

    Website(String id, String name) {
        this.id = id;
        this.name = name;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public WebsiteCrm crm() {
        return crm;
    }

    public ConcurrentHashMap<String, Session> sessions() {
        return sessions;
    }

    public String token() {
        return token;
    }

    /** The settings object; callers must not mutate it (it is replaced whole on every save). */
    public ObjectNode settings() {
        return settings;
    }

    public boolean installed() {
        return installed;
    }

    public long changedAt() {
        return changedAt;
    }

    public String difference() {
        return difference;
    }

    /** Installs the plugin, again or for the first time: the website gets a new token. */
    public synchronized void install(ObjectNode newSettings, long now) {
        this.token = Ids.secret();
        this.settings = newSettings;
        this.installed = true;
        this.difference = "added";
        this.changedAt = now;
    }

    public synchronized void uninstall(long now) {
        this.installed = false;
        this.difference = "removed";
        this.changedAt = now;
    }

    /** Replaces the settings object; the caller built a fresh one (merge or replace). */
    public synchronized void saveSettings(ObjectNode newSettings, long now) {
        this.settings = newSettings;
        this.difference = "updated";
        this.changedAt = now;
    }
}
