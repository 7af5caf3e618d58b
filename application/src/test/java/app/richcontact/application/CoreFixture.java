package app.richcontact.application;

import app.richcontact.application.fake.CrispCalls;
import app.richcontact.application.fake.InMemoryContactCards;
import app.richcontact.application.fake.InMemoryContactDirectory;
import app.richcontact.application.fake.InMemoryConversationDirectory;
import app.richcontact.application.fake.InMemoryInstallations;
import app.richcontact.application.fake.ManualClock;
import app.richcontact.application.fake.ManualScheduler;
import app.richcontact.application.fake.RecordingOutcomes;
import app.richcontact.application.port.in.ConversationEvent;
import app.richcontact.application.port.out.CaptureOutcome;
import app.richcontact.application.port.out.UpgradeOutcome;
import app.richcontact.domain.ContactId;
import app.richcontact.domain.EmailAddress;
import app.richcontact.domain.Geolocation;
import app.richcontact.domain.Installation;
import app.richcontact.domain.Nickname;
import app.richcontact.domain.Origin;
import app.richcontact.domain.PhoneNumber;
import app.richcontact.domain.SessionId;
import app.richcontact.domain.VisitorDetails;
import app.richcontact.domain.WebsiteId;
import app.richcontact.domain.WebsiteSettings;
import app.richcontact.domain.WebsiteToken;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;

/** The application on in-memory fakes, a manual clock and scheduler, and a few conveniences. */
final class CoreFixture {

    static final WebsiteId WEBSITE = new WebsiteId("0f8e2d4c-1b3a-4c5d-8e7f-9a0b1c2d3e4f");
    static final String TOKEN = "token-of-the-website";
    static final String WHATSAPP = "urn:crisp.im:whatsapp:0";
    static final String AIRCALL = "urn:aircall.io:aircall:0";
    static final PhoneNumber PHONE = PhoneNumber.parse("+351 925 923 040");
    static final EmailAddress EMAIL = EmailAddress.parse("jane@example.com");
    static final Nickname JANE = Nickname.parse("Jane Doe");

    final CaptureConfig config;
    final ManualClock clock = new ManualClock();
    final ManualScheduler scheduler = new ManualScheduler(clock);
    final CrispCalls calls = new CrispCalls();
    final InMemoryContactDirectory contacts = new InMemoryContactDirectory(calls);
    final InMemoryConversationDirectory conversations = new InMemoryConversationDirectory(calls);
    final InMemoryContactCards cards = new InMemoryContactCards(calls, contacts);
    final List<UpgradeOutcome> upgrades = new java.util.concurrent.CopyOnWriteArrayList<>();
    final InMemoryInstallations installations = new InMemoryInstallations(calls, clock);
    final RecordingOutcomes outcomes = new RecordingOutcomes();
    final List<String> sightings = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** How often the application asked the event sources to include new installs. */
    final java.util.concurrent.atomic.AtomicInteger newInstallsTold = new java.util.concurrent.atomic.AtomicInteger();
    final RichContactCore core;

    CoreFixture(CaptureConfig config, Executor workers) {
        this.config = config;
        this.core = new RichContactCore(config, clock, scheduler, workers, installations, installations,
                conversations, contacts, cards, outcomes, upgrades::add,
                (origin, resolution) -> sightings.add(origin + " " + resolution.channel() + " " + resolution.source()),
                newInstallsTold::incrementAndGet);
    }

    CoreFixture(CaptureConfig config) {
        this(config, Runnable::run);
    }

    CoreFixture() {
        this(CaptureConfig.DEFAULTS);
    }

    /** Installs the website with these settings and loads it, without counting the load as a call. */
    CoreFixture installed(WebsiteId website, WebsiteSettings settings) {
        installations.install(new Installation(website, WebsiteToken.of(TOKEN), settings));
        core.loadInstallations().loadAll();
        calls.reset();
        return this;
    }

    CoreFixture installed(WebsiteSettings settings) {
        return installed(WEBSITE, settings);
    }

    static SessionId newSession() {
        return new SessionId("session_" + UUID.randomUUID());
    }

    void event(ConversationEvent event) {
        core.captureConversation().handle(event);
    }

    void visitorMessage(SessionId session, String origin) {
        event(new ConversationEvent.VisitorMessageSent(WEBSITE, session, new Origin(origin), null));
    }

    void details(SessionId session, VisitorDetails details) {
        event(new ConversationEvent.VisitorDetailsChanged(WEBSITE, session, details));
    }

    void phone(SessionId session, PhoneNumber phone) {
        details(session, VisitorDetails.NONE.withPhone(phone));
    }

    /** Crisp's view of the session, as the snapshot will return it. */
    void crispKnows(SessionId session, String origin, VisitorDetails visitor, ContactId linked) {
        conversations.put(WEBSITE, session, new Origin(origin), clock.instant(), visitor, linked);
    }

    void crispKnows(SessionId session, String origin, VisitorDetails visitor) {
        crispKnows(session, origin, visitor, null);
    }

    void windowCloses() {
        scheduler.advance(config.collection().window());
    }

    CaptureOutcome onlyOutcome() {
        List<CaptureOutcome> all = outcomes.all();
        if (all.size() != 1) {
            throw new AssertionError("expected exactly one outcome, got " + all);
        }
        return all.get(0);
    }

    static VisitorDetails visitor(PhoneNumber phone, EmailAddress email, Nickname nickname, Geolocation geolocation) {
        return new VisitorDetails(phone, email, nickname, geolocation);
    }
}
