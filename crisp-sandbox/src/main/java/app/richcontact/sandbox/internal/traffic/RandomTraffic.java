package app.richcontact.sandbox.internal.traffic;

import app.richcontact.sandbox.Conversation;
import app.richcontact.sandbox.ConversationKind;
import app.richcontact.sandbox.GeneratedConversation;
import app.richcontact.sandbox.InstalledWebsite;
import app.richcontact.sandbox.NewProfile;
import app.richcontact.sandbox.Scenario;
import app.richcontact.sandbox.TrafficOptions;
import app.richcontact.sandbox.TrafficRun;
import app.richcontact.sandbox.Visitor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

/**
 * Generates conversations at a steady rate on websites it installs, mixing the kinds of
 * {@link ConversationKind} by weight. Ticks run one at a time on the sandbox scheduler, so the
 * random state needs no lock.
 */
public final class RandomTraffic implements TrafficRun {

    /** Every nickname a random visitor may have, in this process or any other. */
    public static List<String> nicknames() {
        return VisitorFactory.nicknames();
    }

    private static final long TICK_MILLIS = 10;

    private final Scenario scenario;
    private final ScheduledExecutorService scheduler;
    private final TrafficOptions options;
    private final VisitorFactory visitors;
    private final List<InstalledWebsite> enabled = new ArrayList<>();
    private final List<InstalledWebsite> disabled = new ArrayList<>();
    private final Map<String, List<Contacted>> contactedByWebsite = new HashMap<>();
    private final Map<String, List<String>> knownPhonesByWebsite = new HashMap<>();
    private final List<ConversationKind> kinds = new ArrayList<>();
    private final int[] cumulativeWeights;
    private final List<GeneratedConversation> history = Collections.synchronizedList(new ArrayList<>());
    private final Map<ConversationKind, LongAdder> counts = new EnumMap<>(ConversationKind.class);
    private final Set<String> expectedContacts = ConcurrentHashMap.newKeySet();
    private final AtomicLong started = new AtomicLong();
    private final CountDownLatch finished = new CountDownLatch(1);
    private final long startNanos;
    private volatile ScheduledFuture<?> ticker;
    private volatile boolean running = true;

    /** A phone this run already brought to a website, and the channel it came from. */
    private record Contacted(String phone, String nickname, String origin) {
    }

    private RandomTraffic(Scenario scenario, TrafficOptions options, ScheduledExecutorService scheduler) {
        this.scenario = scenario;
        this.scheduler = scheduler;
        this.options = options;
        this.visitors = new VisitorFactory(options.get(TrafficOptions.SEED), options.get(TrafficOptions.EVENT_SPACING),
                options.get(TrafficOptions.CHANNEL_PROFILES));
        int total = 0;
        List<Integer> cumulative = new ArrayList<>();
        for (ConversationKind kind : ConversationKind.values()) {
            counts.put(kind, new LongAdder());
            int weight = options.get(TrafficOptions.WEIGHTS).getOrDefault(kind, 0);
            if (kind == ConversationKind.DISABLED_WEBSITE && options.get(TrafficOptions.DISABLED_WEBSITES) == 0) {
                weight = 0;
            }
            if (weight > 0) {
                total += weight;
                kinds.add(kind);
                cumulative.add(total);
            }
        }
        this.cumulativeWeights = cumulative.stream().mapToInt(Integer::intValue).toArray();
        this.startNanos = System.nanoTime();
    }

    /** Installs the websites, pre-loads their CRMs and starts ticking. */
    public static RandomTraffic start(Scenario scenario, TrafficOptions options, ScheduledExecutorService scheduler) {
        RandomTraffic run = new RandomTraffic(scenario, options, scheduler);
        run.installWebsites();
        run.ticker = scheduler.scheduleAtFixedRate(run::tick, 0, TICK_MILLIS, TimeUnit.MILLISECONDS);
        return run;
    }

    private void installWebsites() {
        for (int i = 1; i <= options.get(TrafficOptions.WEBSITES); i++) {
            InstalledWebsite website = scenario.installWebsite("Shop " + i);
            enabled.add(website);
            contactedByWebsite.put(website.websiteId(), new ArrayList<>());
            List<String> known = new ArrayList<>();
            for (int p = 1; p <= options.get(TrafficOptions.PRELOADED_PROFILES); p++) {
                String phone = visitors.phone();
                scenario.preloadProfile(website.websiteId(),
                        NewProfile.of("known." + p + "@shop" + i + ".example", visitors.nickname(), phone, "imported"));
                known.add(phone);
            }
            knownPhonesByWebsite.put(website.websiteId(), known);
        }
        for (int i = 1; i <= options.get(TrafficOptions.DISABLED_WEBSITES); i++) {
            disabled.add(scenario.installWebsite("Paused shop " + i, "{\"enabled\":false}"));
        }
    }

    private void tick() {
        if (!running) {
            return;
        }
        try {
            double elapsedSeconds = (System.nanoTime() - startNanos) / 1e9;
            double rate = options.get(TrafficOptions.CONVERSATIONS_PER_SECOND);
            long due = (long) (elapsedSeconds * rate) + 1;
            // After a stall, catch up by at most one second's worth rather than in one burst.
            long budget = Math.max(1, (long) rate);
            long max = options.get(TrafficOptions.MAX_CONVERSATIONS);
            while (started.get() < due && budget-- > 0 && running) {
                if (max > 0 && started.get() >= max) {
                    stop();
                    return;
                }
                generateOne();
            }
        } catch (RuntimeException e) {
            // One bad conversation (e.g. the sandbox closing) must not kill the periodic task silently.
            if (!running) {
                return;
            }
            throw e;
        }
    }

    private void generateOne() {
        ConversationKind kind = pickKind();
        InstalledWebsite website = kind == ConversationKind.DISABLED_WEBSITE
                ? disabled.get(visitors.random().nextInt(disabled.size()))
                : enabled.get(visitors.random().nextInt(enabled.size()));
        String websiteId = website.websiteId();
        switch (kind) {
            case NEW_PHONE_ONLY -> firstVisit(websiteId);
            case RETURNING -> {
                List<Contacted> seen = contactedByWebsite.get(websiteId);
                if (seen.isEmpty()) {
                    // Nobody to return yet on this website: make a first-time visitor instead.
                    firstVisit(websiteId);
                } else {
                    Contacted returning = seen.get(visitors.random().nextInt(seen.size()));
                    begin(kind, websiteId, visitors.visitor(returning.origin(), returning.nickname(), returning.phone(), null));
                }
            }
            case CROSS_CHANNEL_DUPLICATE -> {
                if (visitors.phoneChannelCount() < 2) {
                    firstVisit(websiteId);
                    return;
                }
                String first = visitors.phoneChannel();
                String second = visitors.otherPhoneChannel(first);
                String phone = visitors.phone();
                String nickname = visitors.nickname();
                contactedByWebsite.get(websiteId).add(new Contacted(phone, nickname, first));
                begin(kind, websiteId, visitors.visitor(first, nickname, phone, null));
                begin(kind, websiteId, visitors.visitor(second, nickname, VisitorFactory.spaced(phone), null));
            }
            case KNOWN_IN_CRM -> {
                List<String> known = knownPhonesByWebsite.get(websiteId);
                if (known.isEmpty()) {
                    begin(ConversationKind.NON_CHANNEL_ORIGIN, websiteId,
                            visitors.visitor(visitors.nonChannel(), visitors.nickname(), null, null));
                } else if (visitors.phoneChannelCount() == 0) {
                    firstVisit(websiteId);
                } else {
                    String phone = known.get(visitors.random().nextInt(known.size()));
                    begin(kind, websiteId, visitors.visitor(visitors.phoneChannel(), visitors.nickname(), phone, null));
                }
            }
            case WITH_EMAIL -> {
                String nickname = visitors.nickname();
                String email = nickname.toLowerCase(java.util.Locale.ROOT) + "." + started.get() + "@mail.example";
                String origin = visitors.channel();
                begin(kind, websiteId, visitors.visitor(origin, nickname, phoneFrom(origin), email));
            }
            case NON_CHANNEL_ORIGIN -> begin(kind, websiteId,
                    visitors.visitor(visitors.nonChannel(), visitors.nickname(), null, null));
            case DISABLED_WEBSITE -> {
                String origin = visitors.channel();
                begin(kind, websiteId, visitors.visitor(origin, visitors.nickname(), phoneFrom(origin), null));
            }
            case LATE_EMAIL -> lateEmail(websiteId);
            case PHONELESS_SENDER -> {
                String origin = visitors.phonelessChannel();
                if (origin == null) {
                    firstVisit(websiteId);
                } else {
                    begin(kind, websiteId, newPhoneless(origin));
                }
            }
        }
    }

    /** A new phone when senders of {@code origin} have one, else null. */
    private String phoneFrom(String origin) {
        return visitors.hasPhone(origin) ? visitors.phone() : null;
    }

    /** A first visit from a random channel: a new phone-only visitor, or a phone-less sender where channels give none. */
    private void firstVisit(String websiteId) {
        String origin = visitors.channel();
        if (!visitors.hasPhone(origin)) {
            begin(ConversationKind.PHONELESS_SENDER, websiteId, newPhoneless(origin));
            return;
        }
        String phone = visitors.phone();
        String nickname = visitors.nickname();
        contactedByWebsite.get(websiteId).add(new Contacted(phone, nickname, origin));
        begin(ConversationKind.NEW_PHONE_ONLY, websiteId, visitors.visitor(origin, nickname, phone, null));
    }

    /** A sender never seen before from a channel without phones: their own sender id, since nicknames repeat. */
    private Visitor newPhoneless(String origin) {
        return visitors.visitor(origin, visitors.nickname(), null, null).withSender("traffic-sender-" + started.get());
    }

    /** A new phone-only visitor who gives a real email once the plugin's collection window is over. */
    private void lateEmail(String websiteId) {
        if (visitors.phoneChannelCount() == 0) {
            firstVisit(websiteId);
            return;
        }
        String origin = visitors.phoneChannel();
        String phone = visitors.phone();
        String nickname = visitors.nickname();
        String email = nickname.toLowerCase(java.util.Locale.ROOT) + ".late." + started.get() + "@mail.example";
        contactedByWebsite.get(websiteId).add(new Contacted(phone, nickname, origin));
        Conversation conversation = begin(ConversationKind.LATE_EMAIL, websiteId,
                visitors.visitor(origin, nickname, phone, null), email);
        scheduler.schedule(() -> scenario.visitorGivesEmail(websiteId, conversation.sessionId(), email),
                options.get(TrafficOptions.LATE_EMAIL_DELAY).toNanos(), TimeUnit.NANOSECONDS);
    }

    private ConversationKind pickKind() {
        int roll = visitors.random().nextInt(cumulativeWeights[cumulativeWeights.length - 1]);
        for (int i = 0; i < cumulativeWeights.length; i++) {
            if (roll < cumulativeWeights[i]) {
                return kinds.get(i);
            }
        }
        return kinds.get(kinds.size() - 1);
    }

    private void begin(ConversationKind kind, String websiteId, Visitor visitor) {
        begin(kind, websiteId, visitor, visitor.email());
    }

    /** Starts one conversation and records it; {@code email} is the one its visitor gives, now or later. */
    private Conversation begin(ConversationKind kind, String websiteId, Visitor visitor, String email) {
        Conversation conversation = scenario.startConversation(websiteId, visitor);
        GeneratedConversation generated = new GeneratedConversation(websiteId, conversation.sessionId(), kind,
                visitor.origin(), visitor.phone(), email, System.currentTimeMillis());
        started.incrementAndGet();
        counts.get(kind).increment();
        if (kind.makesContact()) {
            expectedContacts.add(websiteId + "|" + visitor.phone().replaceAll("\\D", ""));
        }
        if (options.get(TrafficOptions.KEEP_HISTORY)) {
            history.add(generated);
        }
        Consumer<GeneratedConversation> listener = options.get(TrafficOptions.LISTENER);
        if (listener != null) {
            listener.accept(generated);
        }
        return conversation;
    }

    @Override
    public List<InstalledWebsite> websites() {
        List<InstalledWebsite> all = new ArrayList<>(enabled);
        all.addAll(disabled);
        return List.copyOf(all);
    }

    @Override
    public long started() {
        return started.get();
    }

    @Override
    public List<GeneratedConversation> generated() {
        synchronized (history) {
            return List.copyOf(history);
        }
    }

    @Override
    public Map<ConversationKind, Long> countsByKind() {
        Map<ConversationKind, Long> snapshot = new EnumMap<>(ConversationKind.class);
        counts.forEach((kind, count) -> snapshot.put(kind, count.sum()));
        return Collections.unmodifiableMap(snapshot);
    }

    @Override
    public long expectedNewContacts() {
        return expectedContacts.size();
    }

    @Override
    public boolean awaitFinished(Duration timeout) throws InterruptedException {
        return finished.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public void stop() {
        running = false;
        ScheduledFuture<?> current = ticker;
        if (current != null) {
            current.cancel(false);
        }
        finished.countDown();
    }
}
