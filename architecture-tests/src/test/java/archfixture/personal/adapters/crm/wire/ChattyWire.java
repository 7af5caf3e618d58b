package archfixture.personal.adapters.crm.wire;

/** Violates the personal-data rules: a wire class logs. */
public class ChattyWire {
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger("wire");

    public void send(String body) {
        LOG.fine(body);
    }
}
