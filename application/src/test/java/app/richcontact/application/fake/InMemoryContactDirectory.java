package app.richcontact.application.fake;

import app.richcontact.application.port.out.ContactCreation;
import app.richcontact.application.port.out.ContactDirectory;
import app.richcontact.application.port.out.FoundContact;
import app.richcontact.domain.Channel;
import app.richcontact.domain.ContactId;
import app.richcontact.domain.EmailAddress;
import app.richcontact.domain.NewContact;
import app.richcontact.domain.PhoneNumber;
import app.richcontact.domain.WebsiteId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;

/**
 * A CRM in memory: emails unique per website (ignoring case), exact lookups, counted calls; its
 * reads may be made to lag its creates, as Crisp's cache and search index may.
 */
public final class InMemoryContactDirectory implements ContactDirectory {

    private final CrispCalls calls;
    private final ScriptedFailures failures = new ScriptedFailures();
    private final ScriptedFailures unsubscribeFailures = new ScriptedFailures();
    private final ScriptedFailures eventFailures = new ScriptedFailures();
    private final Map<WebsiteId, List<Stored>> contacts = new ConcurrentHashMap<>();
    private volatile Duration createLatency = Duration.ZERO;
    private final List<Map.Entry<WebsiteId, NewContact>> inFlight = new ArrayList<>();
    private final Map<ContactId, Boolean> unsubscribed = new ConcurrentHashMap<>();
    private final List<Map.Entry<ContactId, Channel>> events = new java.util.concurrent.CopyOnWriteArrayList<>();
    private int unansweredNext;
    private boolean readsLag;

    public InMemoryContactDirectory(CrispCalls calls) {
        this.calls = calls;
    }

    public ScriptedFailures failures() {
        return failures;
    }

    /** Failures for {@link #unsubscribeFromEmail} only. */
    public ScriptedFailures unsubscribeFailures() {
        return unsubscribeFailures;
    }

    /** Failures for {@link #addCreationEvent} only. */
    public ScriptedFailures eventFailures() {
        return eventFailures;
    }

    /** Makes each creation take this long, to widen race windows in concurrency tests. */
    /** The next {@code count} creations get no answer: they are applied only by {@link #applyInFlight()}. */
    public synchronized void answerNothingNext(int count) {
        unansweredNext = count;
    }

    /** Crisp finishes the creations it did not answer. */
    public synchronized void applyInFlight() {
        inFlight.forEach(creation -> preload(creation.getKey(), creation.getValue()));
        inFlight.clear();
    }

    /** From now on, lookups do not see what {@link #create} makes until {@link #readsCatchUp()}. */
    public synchronized void readsLag() {
        readsLag = true;
    }

    /** Lookups see every contact made so far. */
    public synchronized void readsCatchUp() {
        contacts.replaceAll((website, stored) -> new ArrayList<>(stored.stream()
                .map(one -> new Stored(one.id(), one.contact(), true)).toList()));
    }

    public void createLatency(Duration latency) {
        createLatency = latency;
    }

    public ContactId preload(WebsiteId website, NewContact contact) {
        return add(website, contact, true);
    }

    private synchronized ContactId add(WebsiteId website, NewContact contact, boolean visible) {
        ContactId id = new ContactId(UUID.randomUUID().toString());
        contacts.computeIfAbsent(website, w -> new ArrayList<>()).add(new Stored(id, contact, visible));
        return id;
    }

    public synchronized List<NewContact> contactsOf(WebsiteId website) {
        return contacts.getOrDefault(website, List.of()).stream().map(Stored::contact).toList();
    }

    /** Empties the CRM (a test that checks what the application still holds needs this). */
    public synchronized void clear() {
        contacts.clear();
    }

    /** The id of the contact with this email, visible to lookups or not. */
    public synchronized Optional<ContactId> idOf(WebsiteId website, EmailAddress email) {
        return contacts.getOrDefault(website, List.of()).stream()
                .filter(stored -> stored.contact().email().equals(email)).map(Stored::id).findFirst();
    }

    /** Whether the contact was unsubscribed from email campaigns. */
    public boolean unsubscribed(ContactId contact) {
        return unsubscribed.containsKey(contact);
    }

    /** The profile events added, in order: each contact with the channel it named. */
    public List<Map.Entry<ContactId, Channel>> events() {
        return List.copyOf(events);
    }

    @Override
    public Optional<FoundContact> existsWithEmail(WebsiteId website, EmailAddress email) {
        calls.count("existsWithEmail");
        failures.throwIfScripted();
        return find(website, contact -> contact.email().equals(email));
    }

    @Override
    public Optional<FoundContact> existsWithPhone(WebsiteId website, PhoneNumber phone) {
        calls.count("existsWithPhone");
        failures.throwIfScripted();
        return find(website, contact -> contact.phone() != null && phone.sameSubscriber(contact.phone()));
    }

    @Override
    public void unsubscribeFromEmail(WebsiteId website, ContactId contact) {
        calls.count("unsubscribeFromEmail");
        unsubscribeFailures.throwIfScripted();
        unsubscribed.put(contact, true);
    }

    @Override
    public void addCreationEvent(WebsiteId website, ContactId contact, Channel channel) {
        calls.count("addCreationEvent");
        eventFailures.throwIfScripted();
        events.add(Map.entry(contact, channel));
    }

    @Override
    public ContactCreation create(WebsiteId website, NewContact contact) {
        calls.count("create");
        failures.throwIfScripted();
        if (!createLatency.isZero()) {
            LockSupport.parkNanos(createLatency.toNanos());
        }
        synchronized (this) {
            if (unansweredNext > 0) {
                unansweredNext--;
                inFlight.add(Map.entry(website, contact));
                return new ContactCreation.Unanswered();
            }
            boolean taken = contacts.getOrDefault(website, List.of()).stream()
                    .anyMatch(existing -> existing.contact().email().equals(contact.email()));
            if (taken) {
                return new ContactCreation.AlreadyExists();
            }
            return new ContactCreation.Created(add(website, contact, !readsLag));
        }
    }

    /** The contact stored under {@code id}, visible or not (for the cards fake). */
    synchronized Optional<NewContact> stored(WebsiteId website, ContactId id) {
        return contacts.getOrDefault(website, List.of()).stream().filter(one -> one.id().equals(id))
                .map(Stored::contact).findFirst();
    }

    /** The id of the contact whose email is {@code email}, as lookups see it. */
    synchronized Optional<ContactId> idWithEmail(WebsiteId website, EmailAddress email) {
        return find(website, contact -> contact.email().equals(email)).map(FoundContact::id);
    }

    /** Replaces contact {@code id}: false when it is gone or another contact holds the new email. */
    synchronized boolean replace(WebsiteId website, ContactId id, NewContact contact) {
        List<Stored> stored = contacts.getOrDefault(website, List.of());
        if (stored.stream().anyMatch(one -> !one.id().equals(id) && one.contact().email().equals(contact.email()))) {
            return false;
        }
        for (int i = 0; i < stored.size(); i++) {
            if (stored.get(i).id().equals(id)) {
                stored.set(i, new Stored(id, contact, stored.get(i).visible()));
                return true;
            }
        }
        return false;
    }

    private synchronized Optional<FoundContact> find(WebsiteId website, Predicate<NewContact> matches) {
        return contacts.getOrDefault(website, List.of()).stream()
                .filter(stored -> stored.visible() && matches.test(stored.contact()))
                .map(stored -> new FoundContact(stored.id(), stored.contact().email())).findFirst();
    }

    private record Stored(ContactId id, NewContact contact, boolean visible) {
    }
}
