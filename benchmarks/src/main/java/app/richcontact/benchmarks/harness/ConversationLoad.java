package app.richcontact.benchmarks.harness;

import app.richcontact.sandbox.ChannelProfile;
import app.richcontact.sandbox.CrispSandbox;
import app.richcontact.sandbox.Geolocation;
import app.richcontact.sandbox.SessionDatum;
import app.richcontact.sandbox.TrafficOptions;
import app.richcontact.sandbox.Visitor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * New channel conversations started at a steady rate on websites installed beforehand, each with
 * a phone never used before: every one should become exactly one contact. Unlike the sandbox's
 * random traffic, its websites exist before the plugin starts (no {@code socket:bind} race) and
 * each conversation's identity is known, so contacts can be matched to the conversation that made
 * them. Pacing is by schedule: a late generator catches up instead of drifting.
 */
public final class ConversationLoad {

    /** The channels whose senders have a phone (the sandbox's default {@code TrafficOptions.CHANNEL_PROFILES}). */
    private static final List<String> CHANNELS = TrafficOptions.CHANNEL_PROFILES.defaultValue().entrySet().stream()
            .filter(channel -> channel.getValue() == ChannelProfile.WITH_PHONE).map(java.util.Map.Entry::getKey).sorted().toList();
    private static final Geolocation LISBON = new Geolocation("PT", "Lisbon", "Lisbon");

    /** One conversation started: its website, phone and when the sandbox created it (epoch ms). */
    public record Started(String websiteId, String phoneDigits, long createdAtMillis) {

        /** Its contact's {@link Census#key}. */
        public String key() {
            return Census.key(websiteId, phoneDigits);
        }
    }

    private final CrispSandbox sandbox;
    private final List<String> websites;
    private final Duration spacing;
    private final SplittableRandom random;
    private final boolean phoneFirst;
    private final List<Started> started = Collections.synchronizedList(new ArrayList<>());
    private long nextPhone;

    /**
     * @param spacing time between the events of each conversation's start; zero emits the whole
     *                start (origin, name, first message, phone…) at once
     * @param firstPhone distinct runs on one sandbox must use distinct ranges
     * @param phoneFirst the channel gives the phone before the first message (as some do); with a
     *                   zero window this is what lets the plugin see it at all, since it decides on
     *                   the conversation as the first message arrives
     */
    public ConversationLoad(CrispSandbox sandbox, List<String> websites, Duration spacing, long seed, long firstPhone,
                            boolean phoneFirst) {
        this.sandbox = sandbox;
        this.phoneFirst = phoneFirst;
        this.websites = List.copyOf(websites);
        this.spacing = spacing;
        this.random = new SplittableRandom(seed);
        this.nextPhone = firstPhone;
    }

    /**
     * Starts {@code count} conversations at {@code perSecond} on the calling thread.
     *
     * @return the rate actually achieved, per second
     */
    public double run(double perSecond, int count) {
        long periodNanos = (long) (1e9 / perSecond);
        long begin = System.nanoTime();
        for (int i = 0; i < count; i++) {
            long due = begin + i * periodNanos;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            startOne();
        }
        double seconds = (System.nanoTime() - begin) / 1e9;
        return count / Math.max(seconds, 1e-9);
    }

    private void startOne() {
        String website = websites.get(random.nextInt(websites.size()));
        String phone = "+3519" + String.format("%08d", nextPhone++);
        Visitor visitor = Visitor.from(CHANNELS.get(random.nextInt(CHANNELS.size())))
                .withNickname("Visitor")
                .withPhone(phone)
                .withGeolocation(random.nextInt(100) < 70 ? LISBON : null)
                .withSpacing(spacing);
        if (phoneFirst) {
            visitor = visitor.withBeforeFirstMessage(Set.of(SessionDatum.ORIGIN, SessionDatum.NICKNAME, SessionDatum.PHONE));
        }
        String session = sandbox.scenario().startConversation(website, visitor).sessionId();
        long createdAt = sandbox.scenario().conversation(website, session).orElseThrow().createdAt();
        started.add(new Started(website, phone.substring(1), createdAt));
    }

    /** A new mutable set of the census key of every conversation started so far. */
    public Set<String> expectedKeys() {
        Set<String> keys = new HashSet<>();
        started().forEach(one -> keys.add(one.key()));
        return keys;
    }

    /** Polls every 250 ms, up to {@code deadline}, until {@code also} holds and every conversation started has its contact. */
    public boolean awaitContacts(Duration deadline, BooleanSupplier also) {
        Set<String> expected = expectedKeys();
        return Await.until(deadline, Duration.ofMillis(250), () -> also.getAsBoolean()
                && Census.of(sandbox, websites, expected).createdAt().keySet().containsAll(expected));
    }

    public Census census() {
        return Census.of(sandbox, websites, expectedKeys());
    }

    /** Contact creation minus conversation creation minus the window, per conversation whose contact came, in start order. */
    public long[] beyondWindow(Map<String, Long> createdAt, long windowMillis) {
        return started().stream().filter(one -> createdAt.containsKey(one.key()))
                .mapToLong(one -> createdAt.get(one.key()) - one.createdAtMillis() - windowMillis).toArray();
    }

    public List<Started> started() {
        synchronized (started) {
            return List.copyOf(started);
        }
    }
}
