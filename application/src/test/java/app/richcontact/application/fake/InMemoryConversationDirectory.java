package app.richcontact.application.fake;

import app.richcontact.application.port.out.ConversationDirectory;
import app.richcontact.application.port.out.ConversationPage;
import app.richcontact.application.port.out.ConversationSnapshot;
import app.richcontact.application.port.out.ConversationSummary;
import app.richcontact.domain.ContactId;
import app.richcontact.domain.EmailAddress;
import app.richcontact.domain.Origin;
import app.richcontact.domain.SessionId;
import app.richcontact.domain.VisitorDetails;
import app.richcontact.domain.WebsiteId;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Conversations in memory, listed 20 to a page (a short page is the last), with counted calls. */
public final class InMemoryConversationDirectory implements ConversationDirectory {

    public static final int PAGE_SIZE = 20;

    private final CrispCalls calls;
    private final ScriptedFailures failures = new ScriptedFailures();
    private final ScriptedFailures attachFailures = new ScriptedFailures();
    private final Map<WebsiteId, Map<SessionId, Conversation>> conversations = new ConcurrentHashMap<>();
    private final Map<SessionKey, EmailAddress> attached = new ConcurrentHashMap<>();
    private volatile boolean ignoreDateFilter;

    public InMemoryConversationDirectory(CrispCalls calls) {
        this.calls = calls;
    }

    public ScriptedFailures failures() {
        return failures;
    }

    /** Lists every conversation whatever the dates asked for, as a Crisp that ignored the filter would. */
    public void ignoreDateFilter(boolean ignore) {
        ignoreDateFilter = ignore;
    }

    public void put(WebsiteId website, SessionId session, Origin origin, Instant createdAt,
                    VisitorDetails visitor, ContactId linked) {
        conversations.computeIfAbsent(website, w -> new ConcurrentHashMap<>())
                .put(session, new Conversation(session, origin, createdAt, visitor, linked));
    }

    @Override
    public ConversationSnapshot snapshot(WebsiteId website, SessionId session) {
        calls.count("snapshot");
        failures.throwIfScripted();
        Conversation conversation = conversations.getOrDefault(website, Map.of()).get(session);
        return conversation == null
                ? new ConversationSnapshot(VisitorDetails.NONE, null)
                : new ConversationSnapshot(conversation.visitor(), conversation.linked());
    }

    @Override
    public void attach(WebsiteId website, SessionId session, EmailAddress email) {
        calls.count("attach");
        attachFailures.throwIfScripted();
        attached.put(new SessionKey(website, session), email);
    }

    /** Failures for {@link #attach} only. */
    public ScriptedFailures attachFailures() {
        return attachFailures;
    }

    /** The email the conversation was last attached with, if any. */
    public Optional<EmailAddress> attachedEmail(WebsiteId website, SessionId session) {
        return Optional.ofNullable(attached.get(new SessionKey(website, session)));
    }

    @Override
    public ConversationPage createdBetween(WebsiteId website, Instant from, Instant until, int page) {
        calls.count("createdBetween");
        failures.throwIfScripted();
        List<ConversationSummary> listed = conversations.getOrDefault(website, Map.of()).values().stream()
                .filter(c -> ignoreDateFilter || (!c.createdAt().isBefore(from) && !c.createdAt().isAfter(until)))
                .sorted(Comparator.comparing(Conversation::createdAt).thenComparing(c -> c.session().value()))
                .skip((long) (page - 1) * PAGE_SIZE).limit(PAGE_SIZE)
                .map(c -> new ConversationSummary(c.session(), c.origin(), c.createdAt(), c.linked() != null))
                .toList();
        return new ConversationPage(listed, listed.size() == PAGE_SIZE);
    }

    private record SessionKey(WebsiteId website, SessionId session) {
    }

    private record Conversation(SessionId session, Origin origin, Instant createdAt, VisitorDetails visitor,
                                ContactId linked) {
    }
}
