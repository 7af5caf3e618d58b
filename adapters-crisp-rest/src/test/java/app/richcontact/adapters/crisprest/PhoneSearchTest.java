package app.richcontact.adapters.crisprest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.richcontact.application.port.out.OutboundFailure;
import app.richcontact.domain.PhoneNumber;
import app.richcontact.domain.WebsiteId;
import app.richcontact.sandbox.NewProfile;
import app.richcontact.sandbox.SandboxOptions;
import app.richcontact.sandbox.SandboxRoutes;
import app.richcontact.sandbox.SandboxSwitch;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Crisp does not say which search form matches phones; each form the configuration can choose
 * works when Crisp supports it, and is checked for exact equality whatever fuzzy hits come back.
 */
class PhoneSearchTest {

    /** The sandbox's forms (Crisp's possible behaviours) under which the plugin's form finds phones. */
    private static Set<app.richcontact.sandbox.PhoneSearch> sandboxForms(PhoneSearch search) {
        return switch (search) {
            case SEARCH_TEXT -> Set.of(app.richcontact.sandbox.PhoneSearch.SEARCH_TEXT_DIGITS);
            case FILTER_PHONE -> Set.of(app.richcontact.sandbox.PhoneSearch.FILTER_PHONE);
            case FILTER_PERSON_PHONE -> Set.of(app.richcontact.sandbox.PhoneSearch.FILTER_PERSON_PHONE);
            case FILTER_EITHER -> Set.of(app.richcontact.sandbox.PhoneSearch.FILTER_PHONE,
                    app.richcontact.sandbox.PhoneSearch.FILTER_PERSON_PHONE);
        };
    }

    @ParameterizedTest
    @EnumSource(PhoneSearch.class)
    void each_search_form_finds_the_exact_phone_and_only_it_in_one_request(PhoneSearch search) {
        for (app.richcontact.sandbox.PhoneSearch crispForm : sandboxForms(search)) {
            try (SandboxedGateway sandbox = new SandboxedGateway(
                    SandboxOptions.builder().set(SandboxSwitch.PHONE_SEARCH, Set.of(crispForm)), config -> config.phoneSearch(search))) {
                WebsiteId website = sandbox.website();
                sandbox.crisp.scenario().preloadProfile(website.value(), NewProfile.of("a@example.com", "A", "+351925923040"));
                sandbox.crisp.scenario().preloadProfile(website.value(), NewProfile.of("b@example.com", "B", "+3519259230401"));
                sandbox.crisp.requestLog().reset();

                assertTrue(sandbox.gateway.contacts().existsWithPhone(website, PhoneNumber.parse("+351 925 923 040")).isPresent(), crispForm.toString());
                assertEquals(1, sandbox.crisp.requestLog().count(SandboxRoutes.PROFILES_SEARCH));
                assertTrue(sandbox.gateway.contacts().existsWithPhone(website, PhoneNumber.parse("+35192592304")).isEmpty());
            }
        }
    }

    /**
     * A BR mobile stored without its ninth digit is found by a lookup with it and the other way
     * round, in the one request a lookup costs, whichever form Crisp matches phones on; a
     * neighbouring subscriber (fuzzy hits for {@code search_text}) is not taken for it.
     */
    @ParameterizedTest
    @EnumSource(PhoneSearch.class)
    void each_search_form_finds_the_other_written_form_of_a_subscriber_in_one_request_and_no_other_subscriber(
            PhoneSearch search) {
        for (app.richcontact.sandbox.PhoneSearch crispForm : sandboxForms(search)) {
            try (SandboxedGateway sandbox = new SandboxedGateway(
                    SandboxOptions.builder().set(SandboxSwitch.PHONE_SEARCH, Set.of(crispForm)), config -> config.phoneSearch(search))) {
                WebsiteId website = sandbox.website();
                sandbox.crisp.scenario().preloadProfile(website.value(), NewProfile.of("a@example.com", "A", "+551187654321"));
                sandbox.crisp.scenario().preloadProfile(website.value(), NewProfile.of("b@example.com", "B", "+5521987654321"));
                sandbox.crisp.scenario().preloadProfile(website.value(), NewProfile.of("l@example.com", "L", "+5521912345678"));
                sandbox.crisp.requestLog().reset();

                assertTrue(sandbox.gateway.contacts().existsWithPhone(website, PhoneNumber.parse("+55 11 98765-4321")).isPresent(), crispForm.toString());
                assertEquals(1, sandbox.crisp.requestLog().total(), "one request for both forms");
                assertTrue(sandbox.gateway.contacts().existsWithPhone(website, PhoneNumber.parse("+55 21 8765-4321")).isPresent(), crispForm.toString());
                assertFalse(sandbox.gateway.contacts().existsWithPhone(website, PhoneNumber.parse("+55 21 1234-5678")).isPresent(),
                        "a short number that is no mobile has no ninth-digit form");
                assertFalse(sandbox.gateway.contacts().existsWithPhone(website, PhoneNumber.parse("+55 31 98765-4321")).isPresent(),
                        "the same eight digits in another area are another subscriber");
                assertFalse(sandbox.gateway.contacts().existsWithPhone(website, PhoneNumber.parse("+55 11 98765-4322")).isPresent());
                assertEquals(5, sandbox.crisp.requestLog().count(SandboxRoutes.PROFILES_SEARCH), "one request per lookup");
            }
        }
    }

    @Test
    void the_default_form_finds_a_phone_under_the_sandboxs_default_in_one_request() {
        try (SandboxedGateway sandbox = new SandboxedGateway(SandboxOptions.builder(), config -> config)) {
            WebsiteId website = sandbox.website();
            sandbox.crisp.scenario().preloadProfile(website.value(), NewProfile.of("a@example.com", "A", "+351925923040"));
            sandbox.crisp.requestLog().reset();

            assertTrue(sandbox.gateway.contacts().existsWithPhone(website, PhoneNumber.parse("+351925923040")).isPresent());
            assertEquals(1, sandbox.crisp.requestLog().total());
        }
    }

    /**
     * A fuzzy search reads a bounded number of pages; when every page read is full and none holds
     * the exact phone, the contact may be on a page not read. That is "cannot tell", never "none":
     * answering "none" would make a duplicate.
     */
    @Test
    void more_fuzzy_hits_than_the_search_reads_are_never_taken_for_no_contact() {
        try (SandboxedGateway sandbox = new SandboxedGateway(SandboxOptions.builder()
                .set(SandboxSwitch.PHONE_SEARCH, Set.of(app.richcontact.sandbox.PhoneSearch.SEARCH_TEXT_DIGITS)),
                config -> config.phoneSearch(PhoneSearch.SEARCH_TEXT))) {
            WebsiteId website = sandbox.website();
            for (int i = 0; i < 120; i++) {
                sandbox.crisp.scenario().preloadProfile(website.value(), NewProfile.of("fuzzy" + i + "@example.com", "F",
                        String.format("+351925923040%03d", i)));
            }
            sandbox.crisp.requestLog().reset();

            OutboundFailure failure = assertThrows(OutboundFailure.class,
                    () -> sandbox.gateway.contacts().existsWithPhone(website, PhoneNumber.parse("+351 925 923 040")),
                    "120 fuzzy hits and no exact one on the pages read");
            assertFalse(failure.failureCause().retryable(), "the same search would read the same pages");
            assertEquals(2, sandbox.crisp.requestLog().count(SandboxRoutes.PROFILES_SEARCH));
        }
    }

    @ParameterizedTest
    @EnumSource(PhoneSearch.class)
    void a_search_form_crisp_does_not_support_finds_nothing_so_the_choice_matters(PhoneSearch search) {
        EnumSet<app.richcontact.sandbox.PhoneSearch> others = EnumSet.allOf(app.richcontact.sandbox.PhoneSearch.class);
        others.removeAll(sandboxForms(search));
        try (SandboxedGateway sandbox = new SandboxedGateway(
                SandboxOptions.builder().set(SandboxSwitch.PHONE_SEARCH, others), config -> config.phoneSearch(search))) {
            WebsiteId website = sandbox.website();
            sandbox.crisp.scenario().preloadProfile(website.value(), NewProfile.of("a@example.com", "A", "+351925923040"));
            assertTrue(sandbox.gateway.contacts().existsWithPhone(website, PhoneNumber.parse("+351925923040")).isEmpty());
        }
    }
}
