package app.richcontact.sandbox.internal.scenario;

import app.richcontact.sandbox.SenderSessions;
import app.richcontact.sandbox.Visitor;
import app.richcontact.sandbox.internal.world.Ids;
import app.richcontact.sandbox.internal.world.Session;
import app.richcontact.sandbox.internal.world.Website;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers the last session of each messaging sender (a {@code urn:} origin and the visitor's
 * {@link Visitor#sender()}, else its phone's digits, else its nickname), so that under {@link SenderSessions#ONE_PER_SENDER} a returning
 * sender writes in the session they had.
 */
final class SenderIndex {

    private final ConcurrentHashMap<String, String> sessionBySender = new ConcurrentHashMap<>();

    /** The session this visitor's conversation runs in: their last one when the switch keeps one, else a new one. */
    Session sessionFor(Website website, Visitor visitor, SenderSessions policy) {
        String sender = key(website, visitor);
        if (sender != null && policy == SenderSessions.ONE_PER_SENDER) {
            String last = sessionBySender.get(sender);
            Session known = last == null ? null : website.sessions().get(last);
            if (known != null) {
                known.origin(visitor.origin());
                return known;
            }
        }
        Session session = new Session(Ids.sessionId(), website.id(), visitor.origin(), null, System.currentTimeMillis());
        website.sessions().put(session.id(), session);
        if (sender != null) {
            sessionBySender.put(sender, session.id());
        }
        return session;
    }

    private static String key(Website website, Visitor visitor) {
        if (visitor.origin() == null || !visitor.origin().startsWith("urn:")) {
            return null;
        }
        String prefix = website.id() + "|" + visitor.origin() + "|";
        if (visitor.sender() != null) {
            return prefix + "sender:" + visitor.sender();
        }
        if (visitor.phone() != null) {
            return prefix + "phone:" + visitor.phone().replaceAll("\\D", "");
        }
        return visitor.nickname() == null ? null : prefix + "nickname:" + visitor.nickname();
    }
}
