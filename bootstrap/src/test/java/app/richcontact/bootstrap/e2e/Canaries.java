package app.richcontact.bootstrap.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Distinctive personal data and secrets for the scenarios, each remembered so that the privacy
 * canary can look for it in everything the run logged. Every test draws its visitors' phones,
 * emails and names from here, and registers the tokens and keys it uses.
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

    /** A token, key or secret that must never be logged. */
    static String secret(String value) {
        SECRETS.add(value);
        return value;
    }

    /**
     * Every way a canary could show in a log line: whole values, each 8-digit run of a phone
     * (longer than the masked form ever shows), and the distinctive words of names.
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
