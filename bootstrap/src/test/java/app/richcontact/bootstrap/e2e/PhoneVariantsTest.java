package app.richcontact.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.richcontact.sandbox.CrispSandbox;
import app.richcontact.sandbox.CrmProfile;
import app.richcontact.sandbox.InstalledWebsite;
import app.richcontact.sandbox.NewProfile;
import app.richcontact.sandbox.Visitor;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A Brazilian visitor whose WhatsApp number arrives once with and once without the mobile ninth
 * digit is one person, under the sandbox's least forgiving defaults: one contact, which keeps the
 * phone as the first conversation gave it, whether the second form comes in a later session, on
 * a second channel at the same moment, or long after, when the CRM's search is all there is to
 * find it. Each test has its own sandbox (a plugin catches up on the conversations it finds), and
 * reads capture counters as differences (they are the process's).
 */
class PhoneVariantsTest {

    private static final String WHATSAPP = "urn:crisp.im:whatsapp:0";
    private static final String AIRCALL = "urn:aircall.com:aircall:0";

    private CrispSandbox crisp;

    @BeforeEach
    void start() {
        crisp = CrispSandbox.start(RunningPlugin.sandboxOptions().build());
    }

    @AfterEach
    void stop() {
        crisp.close();
    }

    private void converse(InstalledWebsite website, String origin, Canaries.Phone phone) {
        crisp.scenario().startConversation(website.websiteId(), Visitor.from(origin).withNickname(Canaries.name())
                .withPhone(phone.spaced()));
    }

    /** A running plugin with its capture counters as they were when it started (they are the process's). */
    private static final class CountedPlugin implements AutoCloseable {

        final RunningPlugin plugin;
        private final double decidedBefore;
        private final double foundBefore;

        CountedPlugin(CrispSandbox crisp) {
            plugin = RunningPlugin.start(crisp);
            decidedBefore = decided();
            foundBefore = foundInTotal();
        }

        /** Waits until this many captures have ended with a decision on the contact (created or found). */
        void awaitDecided(int count) {
            Await.until(count + " captures to decide", Await.DEFAULT, () -> decided() - decidedBefore >= count,
                    this::outcomes);
        }

        /** Captures that found the contact already in the CRM (or made lately by this process). */
        double found() {
            return foundInTotal() - foundBefore;
        }

        /** How the plugin's captures ended, for the messages of failed assertions. */
        String outcomes() {
            return captureLines().collect(Collectors.joining("; "));
        }

        private double decided() {
            return captureLines().filter(line -> !line.contains("reason=\"duplicate\""))
                    .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
        }

        private double foundInTotal() {
            double found = 0;
            // Found and attached to the conversation (the default), or found only (attach_conversation off).
            for (String channel : List.of("whatsapp", "aircall")) {
                for (String outcome : List.of("attached", "skipped")) {
                    found += plugin.captures(outcome, "exists_by_phone", channel)
                            + plugin.captures(outcome, "exists_by_email", channel);
                }
            }
            return found;
        }

        private Stream<String> captureLines() {
            return plugin.metrics().lines().filter(line -> line.startsWith("richcontact_captures_total{"));
        }

        @Override
        public void close() {
            plugin.close();
        }
    }

    /** The phones of the contacts, as the CRM stores them. */
    private static List<String> phones(List<CrmProfile> profiles) {
        return profiles.stream().map(CrmProfile::phone).toList();
    }

    @Test
    void a_brazilian_visitor_writing_with_then_without_the_ninth_digit_in_two_sessions_is_one_contact() {
        InstalledWebsite website = RunningPlugin.install(crisp, "Two sessions", "{}");
        List<Canaries.Phone> forms = Canaries.brazilianMobile();
        try (CountedPlugin counted = new CountedPlugin(crisp)) {
            converse(website, WHATSAPP, forms.get(0));
            counted.awaitDecided(1);
            converse(website, WHATSAPP, forms.get(1));
            counted.awaitDecided(2);
            crisp.scenario().ageCrm(Duration.ofMinutes(1));
            converse(website, WHATSAPP, forms.get(1));
            counted.awaitDecided(3);

            assertEquals(List.of(forms.get(0).e164()), phones(counted.plugin.crm(website)), counted::outcomes);
            assertEquals(2, counted.found(), counted::outcomes);
        }
    }

    @Test
    void a_brazilian_visitor_writing_both_ways_on_two_channels_at_once_is_one_contact() {
        InstalledWebsite website = RunningPlugin.install(crisp, "Two channels at once", "{}");
        List<Canaries.Phone> forms = Canaries.brazilianMobile();
        try (CountedPlugin counted = new CountedPlugin(crisp)) {
            converse(website, WHATSAPP, forms.get(1));
            converse(website, AIRCALL, forms.get(0));
            counted.awaitDecided(2);

            assertEquals(1, counted.plugin.crm(website).size(), counted::outcomes);
            assertEquals(1, counted.found(), counted::outcomes);
        }
    }

    @Test
    void a_brazilian_visitor_already_in_the_crm_without_the_ninth_digit_is_found_when_writing_with_it() {
        InstalledWebsite website = RunningPlugin.install(crisp, "Already in the CRM", "{}");
        List<Canaries.Phone> forms = Canaries.brazilianMobile();
        crisp.scenario().preloadProfile(website.websiteId(), NewProfile.of(Canaries.email(), Canaries.name(),
                forms.get(1).e164()));
        try (CountedPlugin counted = new CountedPlugin(crisp)) {
            converse(website, WHATSAPP, forms.get(0));
            counted.awaitDecided(1);

            assertEquals(List.of(forms.get(1).e164()), phones(counted.plugin.crm(website)), counted::outcomes);
            assertEquals(1, counted.found(), counted::outcomes);
        }
    }
}
