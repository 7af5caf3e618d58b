package app.richcontact.sandbox;

import app.richcontact.sandbox.internal.traffic.RandomTraffic;
import java.util.Set;

/**
 * Every personal value a sandbox handed to the plugin so far, as written: the phones, emails and
 * nicknames of the visitors it started conversations for and of the profiles it was given, random
 * traffic included. What a privacy check must look for in the plugin's output.
 */
public record PersonalValues(Set<String> phones, Set<String> emails, Set<String> nicknames) {

    public PersonalValues {
        if (phones == null || emails == null || nicknames == null) {
            throw new IllegalArgumentException("phones, emails and nicknames must not be null");
        }
        phones = Set.copyOf(phones);
        emails = Set.copyOf(emails);
        nicknames = Set.copyOf(nicknames);
    }

    /**
     * Every nickname random traffic may give a visitor, whichever sandbox made it (one in another
     * process included); its phones are Portuguese mobiles and its emails end in {@code @mail.example}.
     */
    public static Set<String> randomTrafficNicknames() {
        return Set.copyOf(RandomTraffic.nicknames());
    }
}
