package app.richcontact.adapters.crisprest;

import app.richcontact.adapters.crisprest.client.CrispCall;
import app.richcontact.adapters.crisprest.client.CrispClient;
import app.richcontact.adapters.crisprest.client.Priority;
import app.richcontact.adapters.crisprest.directory.CrispContactCards;
import app.richcontact.adapters.crisprest.directory.CrispContactDirectory;
import app.richcontact.adapters.crisprest.directory.CrispConversationDirectory;
import app.richcontact.adapters.crisprest.directory.CrispInstallations;
import app.richcontact.adapters.crisprest.wire.CrmWireMapping;
import app.richcontact.adapters.crisprest.wire.InstallationJson;
import app.richcontact.application.port.out.ContactCards;
import app.richcontact.application.port.out.ContactDirectory;
import app.richcontact.application.port.out.ConversationDirectory;
import app.richcontact.application.port.out.FailureCause;
import app.richcontact.application.port.out.Installations;
import app.richcontact.application.port.out.OutboundFailure;
import app.richcontact.application.port.out.SettingsStore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Clock;

/**
 * Crisp's REST API as the application's out-ports, all sharing one client, one quota budget and
 * one set of policies; plus the two plugin routes bootstrap needs (plugin id, RTM endpoints)
 * and the statistics metrics are made of.
 */
public final class CrispRestGateway {

    private static final String ACCOUNT = "plugin/connect/account";
    private static final String ENDPOINTS = "plugin/connect/endpoints";

    private final CrispClient client;
    private final CrispContactDirectory contacts;
    private final CrispContactCards cards;
    private final CrispConversationDirectory conversations;
    private final CrispInstallations installations;
    private volatile String pluginId;

    public CrispRestGateway(CrispRestConfig config, Clock clock) {
        ObjectMapper json = new ObjectMapper();
        this.client = new CrispClient(config, json, clock);
        CrmWireMapping wire = new CrmWireMapping(json);
        this.contacts = new CrispContactDirectory(client, wire, config.phoneSearch());
        this.cards = new CrispContactCards(client, wire);
        this.conversations = new CrispConversationDirectory(client, wire);
        this.installations = new CrispInstallations(client, new InstallationJson(json), this::pluginId);
    }

    public ContactDirectory contacts() {
        return contacts;
    }

    public ContactCards cards() {
        return cards;
    }

    public ConversationDirectory conversations() {
        return conversations;
    }

    public Installations installations() {
        return installations;
    }

    public SettingsStore settingsStore() {
        return installations;
    }

    /** The plugin's id ({@code plugin/connect/account}), asked once and then remembered. */
    public String pluginId() {
        String known = pluginId;
        if (known == null) {
            JsonNode data = client.send(CrispCall.of("GET", ACCOUNT, Priority.ESSENTIAL)).dataOrFail();
            JsonNode id = data.get("plugin_id");
            if (id == null || !id.isTextual() || id.asText().isBlank()) {
                throw new OutboundFailure(FailureCause.UNEXPECTED, "Crisp's GET " + ACCOUNT + " gave no plugin_id");
            }
            known = id.asText();
            pluginId = known;
        }
        return known;
    }

    /**
     * Where the real-time server is ({@code plugin/connect/endpoints}). Optional work: when the
     * quota is short, the listener keeps the endpoints it knows rather than spend it here.
     */
    public RealtimeEndpoints realtimeEndpoints() {
        JsonNode data = client.send(CrispCall.of("GET", ENDPOINTS, Priority.OPTIONAL)).dataOrFail();
        URI primary = uri(data.path("socket").get("app"));
        if (primary == null) {
            throw new OutboundFailure(FailureCause.UNEXPECTED, "Crisp's GET " + ENDPOINTS + " gave no socket.app URL");
        }
        return new RealtimeEndpoints(primary, uri(data.path("rescue").path("socket").get("app")));
    }

    public RequestStatistics statistics() {
        return new RequestStatistics(client.log().snapshot(), client.budget().usedToday(), client.budget().dailyQuota(),
                client.pausedForQuota());
    }

    private static URI uri(JsonNode node) {
        if (node == null || !node.isTextual()) {
            return null;
        }
        try {
            URI uri = URI.create(node.asText());
            return uri.isAbsolute() ? uri : null;
        } catch (IllegalArgumentException invalid) {
            return null;
        }
    }
}
