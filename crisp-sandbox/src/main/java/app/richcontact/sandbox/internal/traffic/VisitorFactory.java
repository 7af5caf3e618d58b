package app.richcontact.sandbox.internal.traffic;

import app.richcontact.sandbox.ChannelProfile;
import app.richcontact.sandbox.Geolocation;
import app.richcontact.sandbox.SessionDatum;
import app.richcontact.sandbox.Visitor;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/** Invents plausible visitors: names, phones, places, channels. Not thread-safe: one generator thread uses it. */
final class VisitorFactory {

    static final List<String> NON_CHANNELS = List.of("chat", "email");

    private static final List<String> NAMES = List.of("Ana", "Bruno", "Chloé", "Dmitri", "Eva", "Farid", "Greta",
            "Hiro", "Inês", "João", "Kofi", "Lena", "Marta", "Nuno", "Olga", "Pedro", "Quentin", "Rita", "Sara", "Tomás");
    private static final List<Geolocation> PLACES = List.of(new Geolocation("PT", "Lisbon", "Lisbon"),
            new Geolocation("PT", "Porto", "Porto"), new Geolocation("FR", "Île-de-France", "Paris"),
            new Geolocation("DE", "Berlin", "Berlin"), new Geolocation("BR", "São Paulo", "São Paulo"),
            new Geolocation("US", "California", "San Francisco"));

    private final SplittableRandom random;
    private final Duration spacing;
    private final List<String> channels;
    private final List<String> phoneChannels;

    /** @param profiles what each channel's senders tell (sorted here, so that a seed repeats in any JVM) */
    VisitorFactory(long seed, Duration spacing, Map<String, ChannelProfile> profiles) {
        this.random = new SplittableRandom(seed);
        this.spacing = spacing;
        this.channels = profiles.keySet().stream().sorted().toList();
        this.phoneChannels = channels.stream().filter(origin -> profiles.get(origin) == ChannelProfile.WITH_PHONE).toList();
    }

    /** Whether senders from this channel have a phone. */
    boolean hasPhone(String origin) {
        return phoneChannels.contains(origin);
    }

    /** How many channels give a phone. */
    int phoneChannelCount() {
        return phoneChannels.size();
    }

    /** A channel whose senders have a phone (there must be one). */
    String phoneChannel() {
        return pick(phoneChannels);
    }

    /** A channel whose senders have no phone, or null when every channel gives one. */
    String phonelessChannel() {
        List<String> phoneless = channels.stream().filter(origin -> !hasPhone(origin)).toList();
        return phoneless.isEmpty() ? null : pick(phoneless);
    }

    SplittableRandom random() {
        return random;
    }

    String channel() {
        return pick(channels);
    }

    /** A second channel with phones, different from {@code first} (there must be two). */
    String otherPhoneChannel(String first) {
        String other;
        do {
            other = phoneChannel();
        } while (other.equals(first));
        return other;
    }

    /** Every nickname random visitors may have. */
    static List<String> nicknames() {
        return NAMES;
    }

    String nonChannel() {
        return pick(NON_CHANNELS);
    }

    String nickname() {
        return pick(NAMES);
    }

    /** A Portuguese mobile number in E.164, e.g. {@code +351912345678}. */
    String phone() {
        return "+3519" + String.format("%08d", random.nextInt(100_000_000));
    }

    /** The same number as a person would type it: {@code +351 912 345 678}. */
    static String spaced(String e164) {
        String national = e164.substring(4);
        return e164.substring(0, 4) + " " + national.substring(0, 3) + " " + national.substring(3, 6) + " "
                + national.substring(6);
    }

    Visitor visitor(String origin, String nickname, String phone, String email) {
        // Sometimes the channel gives the phone before the first message, as some integrations do.
        Set<SessionDatum> before = random.nextInt(100) < 30
                ? Set.of(SessionDatum.ORIGIN, SessionDatum.NICKNAME, SessionDatum.PHONE)
                : Visitor.DEFAULT_BEFORE;
        return Visitor.from(origin)
                .withNickname(nickname)
                .withPhone(phone)
                .withEmail(email)
                .withGeolocation(random.nextInt(100) < 70 ? pick(PLACES) : null)
                .withFirstMessage(pick(List.of("Hello", "Hi, is this still available?", "Olá!", "I need help with my order")))
                .withRequestInitiated(random.nextInt(100) < 80)
                .withBeforeFirstMessage(before)
                .withSpacing(spacing);
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
