package app.richcontact.adapters.crisprtm.wire;

import app.richcontact.crispevents.CrispEvent;
import app.richcontact.crispevents.CrispEventReader;
import app.richcontact.crispevents.EventLimits;

/**
 * Reads the arguments of one RTM event, as socket.io-client delivers them (org.json values),
 * with Crisp's event reader. Never throws; thread-safe.
 */
public final class RtmPayloadParser {

    private final CrispEventReader<Object> reader;

    public RtmPayloadParser(int maxPayloadChars, int maxPayloadDepth) {
        this.reader = new CrispEventReader<>(OrgJsonTree.INSTANCE, new EventLimits(maxPayloadChars, maxPayloadDepth),
                ignoredField -> { });
    }

    /**
     * @param event the event name
     * @param args  the event's arguments after its name (Crisp sends one object)
     */
    public CrispEvent parse(String event, Object[] args) {
        return reader.read(event, args == null || args.length == 0 ? null : args[0]);
    }
}
