package app.richcontact.sandbox;

import java.util.List;
import java.util.Optional;

/** Plays the Crisp side of a story: installs, settings changes, conversations and CRM content. */
public interface Scenario {

    /** Installs the plugin on a new website with empty settings ({@code {}}). */
    InstalledWebsite installWebsite(String name);

    /**
     * Installs the plugin on a new website and emits {@code plugin:subscription:updated} with
     * {@code bound: true}. Sockets already authenticated get no other event for it until they
     * emit {@code socket:bind}.
     *
     * @param settingsJson a JSON object
     */
    InstalledWebsite installWebsite(String name, String settingsJson);

    /** Installs the plugin again on a website that removed it; it gets a new token. */
    InstalledWebsite reinstallWebsite(String websiteId, String settingsJson);

    /** Removes the plugin from a website and emits {@code plugin:subscription:updated} with {@code bound: false}. */
    void uninstallWebsite(String websiteId);

    /**
     * Settings changed on Crisp's side (its dashboard): replaces them and emits {@code plugin:settings:saved}
     * (whole, or only the changed keys, as {@link SandboxSwitch#SETTINGS_EVENTS} says).
     *
     * @throws IllegalArgumentException when {@link SandboxSwitch#VALIDATE_SETTINGS} is on and the
     *                                  document breaks the settings schema, as Crisp's dashboard refuses it
     */
    void saveSettingsFromCrisp(String websiteId, String settingsJson);

    /** The website's current settings as JSON. */
    String settingsOf(String websiteId);

    /** Every website that ever installed the plugin, with its current token. */
    List<InstalledWebsite> websites();

    /** Opens a conversation on an installed website and plays its scripted start. */
    Conversation startConversation(String websiteId, Visitor visitor);

    /**
     * Adds a profile to a website's CRM as one written long ago: every read, search included, sees it at once.
     *
     * @return the new {@code people_id}
     * @throws IllegalStateException when a profile already has this email
     */
    String preloadProfile(String websiteId, NewProfile profile);

    /** Every phone, email and nickname handed out so far, visitors and preloaded profiles, random traffic included. */
    PersonalValues personalValues();

    /**
     * Lets {@code elapsed} pass for the CRM's caches and search index: every profile written so far
     * counts as that much older against {@link SandboxSwitch#READ_LAG} and {@link SandboxSwitch#SEARCH_LAG}.
     * Nothing else moves; it is how a test says "a minute later" without sleeping.
     */
    void ageCrm(java.time.Duration elapsed);

    /** The website's CRM, oldest profile first. */
    List<CrmProfile> crm(String websiteId);

    /** The profile with this email (case-insensitive), if any. */
    Optional<CrmProfile> profileByEmail(String websiteId, String email);

    /** The profile with this {@code people_id}, if any, as it is now (segments, email, phone, subscription, events). */
    Optional<CrmProfile> profile(String websiteId, String peopleId);

    /** A conversation, if the website has it. */
    Optional<ConversationSnapshot> conversation(String websiteId, String sessionId);

    /** The most recently created conversations of all websites, newest first. */
    List<ConversationSnapshot> recentConversations(int limit);
}
