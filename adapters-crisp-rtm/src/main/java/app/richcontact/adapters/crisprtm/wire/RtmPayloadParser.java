package app.richcontact.adapters.crisprtm.wire;

import app.richcontact.crispevents.CrispEvent;
import app.richcontact.crispevents.CrispEventReader;
import app.richcontact.crispevents.EventLimits;
import app.richcontact.crispevents.jackson.JacksonTree;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads the payload of one RTM event, as {@link SocketIoPacket} decodes it (a Jackson tree),
 * with Crisp's event reader. Never throws; thread-safe.
 */
public final class RtmPayloadParser {

    private final CrispEventReader<JsonNode> reader;

    public RtmPayloadParser(int maxPayloadChars, int maxPayloadDepth) {
        this.reader = new CrispEventReader<>(JacksonTree.INSTANCE, new EventLimits(maxPayloadChars, maxPayloadDepth),
                ignoredField -> { });
    }

    /**
     * @param event   the event name
     * @param payload the event's first argument (Crisp sends one object), or null when it had none
     */
    public CrispEvent parse(String event, JsonNode payload) {
        return reader.read(event, payload);
    }
}
