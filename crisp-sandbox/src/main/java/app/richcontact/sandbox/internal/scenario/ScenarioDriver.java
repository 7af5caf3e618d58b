package app.richcontact.sandbox.internal.scenario;

import app.richcontact.sandbox.Conversation;
import app.richcontact.sandbox.ConversationSnapshot;
import app.richcontact.sandbox.CrmProfile;
import app.richcontact.sandbox.InstalledWebsite;
import app.richcontact.sandbox.NewProfile;
import app.richcontact.sandbox.PersonalValues;
import app.richcontact.sandbox.SandboxSwitch;
import app.richcontact.sandbox.SandboxSwitches;
import app.richcontact.sandbox.Scenario;
import app.richcontact.sandbox.Visitor;
import app.richcontact.sandbox.internal.events.EventSink;
import app.richcontact.sandbox.internal.events.Payloads;
import app.richcontact.sandbox.internal.rtm.RtmServer;
import app.richcontact.sandbox.internal.settings.SettingsSaves;
import app.richcontact.sandbox.internal.world.Ids;
import app.richcontact.sandbox.internal.world.Profile;
import app.richcontact.sandbox.internal.world.Session;
import app.richcontact.sandbox.internal.world.Website;
import app.richcontact.sandbox.internal.world.WebsiteCrm;
import app.richcontact.sandbox.internal.world.World;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;

/** Plays Crisp's side of a story on the sandbox's state, raising the events Crisp would. */
public final class ScenarioDriver implements Scenario {

    private final World world;
    private final EventSink events;
    private final RtmServer rtm;
    private final SandboxSwitches switches;
    private final ScheduledExecutorService scheduler;
    private final String pluginId;
    private final SettingsSaves settingsSaves;
    private final ObjectMapper json = new ObjectMapper();
    private final Set<String> phones = ConcurrentHashMap.newKeySet();
    private final Set<String> emails = ConcurrentHashMap.newKeySet();
    private final Set<String> nicknames = ConcurrentHashMap.newKeySet();

    public ScenarioDriver(World world, EventSink events, RtmServer rtm, SandboxSwitches switches,
                          ScheduledExecutorService scheduler, String pluginId, SettingsSaves settingsSaves) {
        this.world = world;
        this.events = events;
        this.rtm = rtm;
        this.switches = switches;
        this.scheduler = scheduler;
        this.pluginId = pluginId;
        this.settingsSaves = settingsSaves;
    }

    @Override
    public InstalledWebsite installWebsite(String name) {
        return installWebsite(name, "{}");
    }

    @Override
    public InstalledWebsite installWebsite(String name, String settingsJson) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        Website website = world.install(name, settings(settingsJson), System.currentTimeMillis());
        events.publish(Payloads.subscriptionUpdated(website.id(), pluginId, true, System.currentTimeMillis()));
        return installed(website);
    }

    @Override
    public InstalledWebsite reinstallWebsite(String websiteId, String settingsJson) {
        Website website = known(websiteId);
        website.install(settings(settingsJson), System.currentTimeMillis());
        events.publish(Payloads.subscriptionUpdated(website.id(), pluginId, true, System.currentTimeMillis()));
        return installed(website);
    }

    @Override
    public void uninstallWebsite(String websiteId) {
        Website website = installedWebsite(websiteId);
        website.uninstall(System.currentTimeMillis());
        // Announced before the sockets forget the website: sockets bound to it hear it under every variant.
        events.publish(Payloads.subscriptionUpdated(website.id(), pluginId, false, System.currentTimeMillis()));
        rtm.unbindEverywhere(websiteId);
    }

    @Override
    public void saveSettingsFromCrisp(String websiteId, String settingsJson) {
        settingsSaves.save(installedWebsite(websiteId), settings(settingsJson), false);
    }

    @Override
    public String settingsOf(String websiteId) {
        return known(websiteId).settings().toString();
    }

    @Override
    public List<InstalledWebsite> websites() {
        return world.websites().stream().map(ScenarioDriver::installed).toList();
    }

    @Override
    public Conversation startConversation(String websiteId, Visitor visitor) {
        Website website = installedWebsite(websiteId);
        remember(visitor.phone(), visitor.email(), visitor.nickname());
        Session session = new Session(Ids.sessionId(), websiteId, visitor.origin(), null, System.currentTimeMillis());
        website.sessions().put(session.id(), session);
        SessionEvents sessionEvents = new SessionEvents(website, session, events, switches);
        Duration spacing = visitor.spacing() == null ? switches.get(SandboxSwitch.EVENT_SPACING) : visitor.spacing();
        return new LiveConversation(session, sessionEvents,
                StartScript.of(visitor, sessionEvents).play(spacing.toNanos(), scheduler));
    }

    @Override
    public String preloadProfile(String websiteId, NewProfile profile) {
        Website website = known(websiteId);
        remember(profile.phone(), profile.email(), profile.nickname());
        Profile created = website.crm().preload(profile.email(), profile.nickname(), profile.phone(),
                profile.geolocation(), profile.segments(), System.currentTimeMillis());
        if (created == null) {
            throw new IllegalStateException("a profile of this website already has that email");
        }
        return created.peopleId();
    }

    @Override
    public void ageCrm(Duration elapsed) {
        world.ageCrm(elapsed);
    }

    @Override
    public PersonalValues personalValues() {
        return new PersonalValues(phones, emails, nicknames);
    }

    private void remember(String phone, String email, String nickname) {
        if (phone != null) {
            phones.add(phone);
        }
        if (email != null) {
            emails.add(email);
        }
        if (nickname != null) {
            nicknames.add(nickname);
        }
    }

    @Override
    public List<CrmProfile> crm(String websiteId) {
        WebsiteCrm crm = known(websiteId).crm();
        return crm.all().stream().map(profile -> Snapshots.of(crm, profile)).toList();
    }

    @Override
    public Optional<CrmProfile> profileByEmail(String websiteId, String email) {
        WebsiteCrm crm = known(websiteId).crm();
        return Optional.ofNullable(crm.byEmail(email)).map(profile -> Snapshots.of(crm, profile));
    }

    @Override
    public Optional<CrmProfile> profile(String websiteId, String peopleId) {
        WebsiteCrm crm = known(websiteId).crm();
        return Optional.ofNullable(crm.byId(peopleId)).map(profile -> Snapshots.of(crm, profile));
    }

    @Override
    public Optional<ConversationSnapshot> conversation(String websiteId, String sessionId) {
        return Optional.ofNullable(known(websiteId).sessions().get(sessionId)).map(Snapshots::of);
    }

    @Override
    public List<ConversationSnapshot> recentConversations(int limit) {
        if (limit < 1) {
            return List.of();
        }
        PriorityQueue<Session> newest = new PriorityQueue<>(Comparator.comparingLong(Session::createdAt));
        for (Website website : world.websites()) {
            for (Session session : website.sessions().values()) {
                newest.add(session);
                if (newest.size() > limit) {
                    newest.poll();
                }
            }
        }
        List<Session> sorted = new ArrayList<>(newest);
        sorted.sort(Comparator.comparingLong(Session::createdAt).reversed());
        return sorted.stream().map(Snapshots::of).toList();
    }

    private Website known(String websiteId) {
        Website website = world.website(websiteId);
        if (website == null) {
            throw new IllegalArgumentException("unknown website id");
        }
        return website;
    }

    private Website installedWebsite(String websiteId) {
        Website website = known(websiteId);
        if (!website.installed()) {
            throw new IllegalStateException("the plugin is not installed on this website");
        }
        return website;
    }

    private ObjectNode settings(String settingsJson) {
        JsonNode node;
        try {
            node = json.readTree(settingsJson == null ? "{}" : settingsJson);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("settings must be a JSON object", e);
        }
        if (!(node instanceof ObjectNode object)) {
            throw new IllegalArgumentException("settings must be a JSON object");
        }
        return object;
    }

    private static InstalledWebsite installed(Website website) {
        return new InstalledWebsite(website.id(), website.name(), website.token());
    }
}
