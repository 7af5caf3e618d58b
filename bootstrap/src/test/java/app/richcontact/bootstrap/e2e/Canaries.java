package app.richcontact.bootstrap.e2e;

import app.richcontact.sandbox.PersonalValues;
import app.richcontact.sandbox.Scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.LoggerFactory;

/**
 * Distinctive personal data and secrets for the scenarios, each remembered so that the privacy
 * canary can look for it in everything the run logged. Every test draws its visitors' phones,
 * emails and names from here, and registers the tokens and keys it uses; every sandbox a plugin
 * runs against is watched too, so the values it made up (random traffic) are looked for as well.
 * Each test class that runs a plugin leaves a marker through every output path, so that the
 * canary can prove it read that class's output.
 */
final class Canaries {

    /** A phone as the channel sends it: {@code spaced} has separators, {@code digits} has none. */
    record Phone(String spaced, String digits) {

        String e164() {
            return "+" + digits;
        }
    }

    private static final String[] FIRST_NAMES = {"Ysolde", "Quillon", "Zephyrine", "Ottoline", "Barnabus", "Eulalie"};
    private static final String[] LAST_NAMES = {"Vantablack", "Quixwood", "Marchbanks", "Thistlewaite", "Ravensworth"};
    private static final AtomicInteger NEXT = new AtomicInteger();
    /** Per run, so that two runs against one sandbox could never meet; the middle digits stay unique within a run. */
    private static final int RUN = (int) (ProcessHandle.current().pid() % 90) + 10;
    private static final Set<String> PHONES = ConcurrentHashMap.newKeySet();
    private static final Set<String> WORDS = ConcurrentHashMap.newKeySet();
    private static final Set<String> SECRETS = ConcurrentHashMap.newKeySet();
    private static final List<Scenario> SANDBOXES = new CopyOnWriteArrayList<>();
    private static final Set<String> MARKED = ConcurrentHashMap.newKeySet();
    static final String MARKER = "privacy-canary-marker ";

    private Canaries() {
    }

    /** A Portuguese mobile number, {@code +351 96R RNN NNN} (R: this run, N: a counter), unique in this run. */
    static Phone phone() {
        int n = NEXT.incrementAndGet();
        String digits = "35196" + RUN + String.format(Locale.ROOT, "%05d", n);
        String national = digits.substring(3);
        Phone phone = new Phone("+351 " + national.substring(0, 3) + " " + national.substring(3, 6) + " "
                + national.substring(6), digits);
        PHONES.add(digits);
        SECRETS.add(phone.spaced());
        return phone;
    }

    /**
     * A Brazilian mobile written both ways, {@code +55 11 98R RNN NNN} then {@code +55 11 8R RNN NNN}
     * (without the ninth digit), unique in this run.
     */
    static List<Phone> brazilianMobile() {
        String local = "8" + RUN + String.format(Locale.ROOT, "%05d", NEXT.incrementAndGet());
        List<Phone> forms = List.of(new Phone("+55 11 9" + local.substring(0, 4) + "-" + local.substring(4), "55119" + local),
                new Phone("+55 11 " + local.substring(0, 4) + "-" + local.substring(4), "5511" + local));
        for (Phone form : forms) {
            PHONES.add(form.digits());
            SECRETS.add(form.spaced());
        }
        return forms;
    }

    /** A name no log line would contain by chance, unique in this run. */
    static String name() {
        int n = NEXT.incrementAndGet();
        String first = FIRST_NAMES[n % FIRST_NAMES.length];
        String last = LAST_NAMES[n % LAST_NAMES.length];
        WORDS.add(first);
        WORDS.add(last);
        String name = first + " " + last + " " + n;
        SECRETS.add(name);
        return name;
    }

    /** An email whose local part is distinctive; the domain is not personal (masks keep it). */
    static String email() {
        int n = NEXT.incrementAndGet();
        String local = LAST_NAMES[n % LAST_NAMES.length].toLowerCase(Locale.ROOT) + ".canary" + n;
        SECRETS.add(local);
        return local + "@example.org";
    }

    /** Looks, at the end of the run, for every phone, email and nickname this sandbox handed out. */
    static void watch(Scenario sandbox) {
        if (!SANDBOXES.contains(sandbox)) {
            SANDBOXES.add(sandbox);
        }
    }

    /**
     * Writes the marker of this test class through logback, {@code java.util.logging} and
     * standard error, once per class.
     */
    static void mark(String testClass) {
        if (MARKED.add(testClass)) {
            LoggerFactory.getLogger("app.richcontact.e2e.canary-marker").info(MARKER + testClass);
            java.util.logging.Logger.getLogger("app.richcontact.e2e.canary-marker").info(MARKER + testClass);
            System.err.println(MARKER + testClass);
        }
    }

    /** The test classes that left their marker. */
    static Set<String> marked() {
        return Set.copyOf(MARKED);
    }

    /** The e2e test class that called, found on the stack (the first {@code *Test} of this package). */
    static String callingTestClass() {
        return StackWalker.getInstance().walk(frames -> frames.map(StackWalker.StackFrame::getClassName)
                .filter(name -> name.startsWith(Canaries.class.getPackageName() + ".") && name.endsWith("Test"))
                .findFirst().map(name -> name.substring(name.lastIndexOf('.') + 1)).orElse("unknown"));
    }

    /** Every phone of the run as international digits: drawn here, or handed out by a watched sandbox. */
    static Set<String> phoneDigits() {
        Set<String> digits = new java.util.HashSet<>(PHONES);
        for (Scenario sandbox : SANDBOXES) {
            sandbox.personalValues().phones().forEach(phone -> {
                String only = phone.replaceAll("[^0-9]", "");
                if (only.length() >= 8) {
                    digits.add(only.startsWith("00") ? only.substring(2) : only);
                }
            });
        }
        return digits;
    }

    /**
     * Every email (and its local part) and nickname the watched sandboxes handed out, and the
     * nicknames random traffic may give in any process, to be found as whole words.
     */
    static Set<String> sandboxWords() {
        Set<String> words = new java.util.HashSet<>(PersonalValues.randomTrafficNicknames());
        for (Scenario sandbox : SANDBOXES) {
            PersonalValues values = sandbox.personalValues();
            values.emails().forEach(email -> {
                words.add(email);
                int at = email.indexOf('@');
                if (at > 2) {
                    words.add(email.substring(0, at));
                }
            });
            words.addAll(values.nicknames());
        }
        words.removeIf(word -> word.strip().length() < 3);
        return words;
    }

    /** A token, key or secret that must never be logged. */
    static String secret(String value) {
        SECRETS.add(value);
        return value;
    }

    /**
     * Every text a canary could show as in a log line: whole values and the distinctive words of
     * names (phones in every written form are {@link PhoneLeaks}' job), plus each 8-digit run of
     * a phone (longer than the masked form ever shows).
     */
    static List<String> forms() {
        List<String> forms = new ArrayList<>(SECRETS);
        forms.addAll(WORDS);
        for (String digits : PHONES) {
            for (int start = 0; start + 8 <= digits.length(); start++) {
                forms.add(digits.substring(start, start + 8));
            }
        }
        return forms;
    }
}
