package app.richcontact.benchmarks.jmh;

import app.richcontact.application.CaptureConfig;
import app.richcontact.application.RichContactCore;
import app.richcontact.application.fake.CrispCalls;
import app.richcontact.application.fake.InMemoryContactCards;
import app.richcontact.application.fake.InMemoryContactDirectory;
import app.richcontact.application.fake.InMemoryInstallations;
import app.richcontact.application.fake.ManualClock;
import app.richcontact.application.fake.ManualScheduler;
import app.richcontact.application.port.in.CaptureConversationUseCase;
import app.richcontact.application.port.in.ConversationEvent;
import app.richcontact.application.port.out.ContactCreation;
import app.richcontact.application.port.out.ContactDirectory;
import app.richcontact.application.port.out.ConversationDirectory;
import app.richcontact.application.port.out.ConversationPage;
import app.richcontact.application.port.out.ConversationSnapshot;
import app.richcontact.application.port.out.FoundContact;
import app.richcontact.domain.Channel;
import app.richcontact.domain.ContactId;
import app.richcontact.domain.EmailAddress;
import app.richcontact.domain.Geolocation;
import app.richcontact.domain.Installation;
import app.richcontact.domain.NewContact;
import app.richcontact.domain.Nickname;
import app.richcontact.domain.Origin;
import app.richcontact.domain.PhoneNumber;
import app.richcontact.domain.SessionId;
import app.richcontact.domain.VisitorDetails;
import app.richcontact.domain.WebsiteId;
import app.richcontact.domain.WebsiteSettings;
import app.richcontact.domain.WebsiteToken;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The capture state machine without I/O: one new WhatsApp conversation's six events (origin, name,
 * first message, request, phone, place) open a window and fill it; every 512 conversations the
 * manual clock moves 3 s on and the windows close and are decided against out-ports that answer
 * at once (snapshot empty, no existing contact, created). What the application itself costs per
 * contact, apart from Crisp's round trips.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m", "-Xms512m"})
public class CaptureJmh {

    private static final int RING = 1 << 18;

    private final ManualClock clock = new ManualClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final ManualScheduler scheduler = new ManualScheduler(clock);
    private CaptureConversationUseCase capture;
    private WebsiteId[] websites;
    private String[] sessions;
    private final Origin whatsapp = new Origin("urn:crisp.im:whatsapp:0");
    private int next;
    private long created;

    @Setup
    public void setUp() {
        InMemoryInstallations installations = new InMemoryInstallations(new CrispCalls(), clock);
        websites = new WebsiteId[20];
        for (int i = 0; i < websites.length; i++) {
            websites[i] = new WebsiteId(UUID.randomUUID().toString());
            installations.install(new Installation(websites[i], WebsiteToken.of(UUID.randomUUID().toString()),
                    WebsiteSettings.DEFAULTS));
        }
        ConversationDirectory conversations = new ConversationDirectory() {
            @Override
            public ConversationSnapshot snapshot(WebsiteId website, SessionId session) {
                return new ConversationSnapshot(VisitorDetails.NONE, null);
            }

            @Override
            public void attach(WebsiteId website, SessionId session, EmailAddress email) {
            }

            @Override
            public ConversationPage createdBetween(WebsiteId website, Instant from, Instant until, int page) {
                return new ConversationPage(List.of(), false);
            }
        };
        ContactId contact = new ContactId(UUID.randomUUID().toString());
        ContactDirectory contacts = new ContactDirectory() {
            @Override
            public Optional<FoundContact> existsWithEmail(WebsiteId website, EmailAddress email) {
                return Optional.empty();
            }

            @Override
            public Optional<FoundContact> existsWithPhone(WebsiteId website, PhoneNumber phone) {
                return Optional.empty();
            }

            @Override
            public ContactCreation create(WebsiteId website, NewContact newContact) {
                return new ContactCreation.Created(contact);
            }

            @Override
            public void unsubscribeFromEmail(WebsiteId website, ContactId people) {
            }

            @Override
            public void addCreationEvent(WebsiteId website, ContactId people, Channel channel) {
            }
        };
        RichContactCore core = new RichContactCore(CaptureConfig.DEFAULTS, clock, scheduler, Runnable::run,
                installations, installations, conversations, contacts, unusedCards(), outcome -> {
                    if (outcome instanceof app.richcontact.application.port.out.CaptureOutcome.Created) {
                        created++;
                    }
                }, upgrade -> { }, (origin, resolution) -> { }, () -> { });
        core.loadInstallations().loadAll();
        capture = core.captureConversation();
        sessions = new String[RING];
        for (int i = 0; i < RING; i++) {
            sessions[i] = "session_" + UUID.randomUUID();
        }
    }

    /** No late email is given here: the cards are never read. */
    private static InMemoryContactCards unusedCards() {
        return new InMemoryContactCards(new CrispCalls(), new InMemoryContactDirectory(new CrispCalls()));
    }

    /** A benchmark whose captures never reached a decision would measure nothing. */
    @org.openjdk.jmh.annotations.TearDown
    public void checkContactsWereMade() {
        if (created < next / 2) {
            throw new IllegalStateException(created + " contacts for " + next + " conversations");
        }
    }

    @Benchmark
    public int newConversation() {
        int i = next++;
        WebsiteId website = websites[i % websites.length];
        // A ring larger than the handled-session memory (200,000): a session comes back only once forgotten.
        SessionId session = new SessionId(sessions[i & (RING - 1)]);
        capture.handle(new ConversationEvent.OriginChanged(website, session, whatsapp));
        capture.handle(new ConversationEvent.VisitorDetailsChanged(website, session,
                VisitorDetails.NONE.withNickname(Nickname.parse("Ana Silva"))));
        capture.handle(new ConversationEvent.VisitorMessageSent(website, session, whatsapp, Nickname.parse("Ana Silva")));
        capture.handle(new ConversationEvent.ConversationRequested(website, session));
        capture.handle(new ConversationEvent.VisitorDetailsChanged(website, session,
                VisitorDetails.NONE.withPhone(PhoneNumber.parse("+3519" + (10_000_000 + (i & 0xFFFFFF))))));
        capture.handle(new ConversationEvent.VisitorDetailsChanged(website, session,
                VisitorDetails.NONE.withGeolocation(new Geolocation("PT", "Lisbon"))));
        if ((i & 511) == 511) {
            scheduler.advance(Duration.ofSeconds(3));
        }
        return i;
    }
}
