package app.richcontact.adapters.crisprest.wire;

import app.richcontact.domain.Installation;
import app.richcontact.domain.SettingsDocument;
import app.richcontact.domain.WebsiteId;
import app.richcontact.domain.WebsiteSettings;
import app.richcontact.domain.WebsiteToken;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.Optional;

/** Installations and their settings, from and to Crisp's JSON. Stored settings are read tolerantly. */
public final class InstallationJson {

    private static final TypeReference<Map<String, Object>> DOCUMENT = new TypeReference<>() {
    };

    private final ObjectMapper json;

    public InstallationJson(ObjectMapper json) {
        this.json = json;
    }

    /** An item of the connect websites lists, or of the subscription settings route. */
    public Optional<Installation> installation(JsonNode item, WebsiteId knownWebsite) {
        WebsiteId website = knownWebsite != null ? knownWebsite : JsonFields.parsed(item, "website_id", WebsiteId::new);
        WebsiteToken token = JsonFields.parsed(item, "token", WebsiteToken::of);
        if (website == null || token == null) {
            return Optional.empty();
        }
        return Optional.of(new Installation(website, token, settings(item.get("settings"))));
    }

    public byte[] settingsBody(WebsiteSettings settings) {
        try {
            return json.writeValueAsBytes(SettingsDocument.write(settings));
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("settings could not be written as JSON", impossible);
        }
    }

    private WebsiteSettings settings(JsonNode node) {
        if (node == null || !node.isObject()) {
            return WebsiteSettings.DEFAULTS;
        }
        return SettingsDocument.readTolerantly(json.convertValue(node, DOCUMENT));
    }
}
