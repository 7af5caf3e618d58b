package app.richcontact.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.richcontact.sandbox.CrmProfile;
import app.richcontact.sandbox.SandboxOptions;
import app.richcontact.sandbox.SandboxRoutes;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Under the sandbox's unforgiving defaults: Crisp makes and links its own profile for an email a
 * session gets, its profile reads lag writes by 5 s, a profile update replaces segments, and the
 * conversation's meta email links nothing.
 */
class LateEmailTest extends LateEmailScenarios {

    @Override
    SandboxOptions.Builder variant(SandboxOptions.Builder options) {
        return options;
    }

    @Test
    void an_email_given_after_the_contact_was_made_makes_no_second_contact_and_supersedes_the_placeholder() {
        String email = Canaries.email();
        LateEmail late = emailAfterCapture(email);

        Await.until("the placeholder to be marked superseded", UPGRADE_DEADLINE,
                () -> late.placeholderNow().segments().contains("superseded"), () -> late.placeholderNow().toString());
        late.awaitAttached();
        CrmProfile crisps = crisp.scenario().profileByEmail(website.websiteId(), email).orElseThrow();
        assertOneEach(profilesWithEmail(email), "Crisp's own profile is the only one with the email");
        assertEquals(late.phone.e164(), crisps.phone(), "the phone the plugin knew was added where it was missing");
        assertEquals(List.of("whatsapp"), crisps.segments());
        assertEquals(List.of("whatsapp", "superseded"), late.placeholderNow().segments());
        assertTrue(late.placeholderNow().email().endsWith("@whatsapp.nomail"), "nothing is deleted");
        assertEquals(crisps.peopleId(), late.snapshot().peopleId(), "the conversation is Crisp's profile's");
        assertEquals(email, late.snapshot().email());
        assertEquals(Map.of(SandboxRoutes.PROFILE_GET, 2L, SandboxRoutes.PROFILE_PATCH, 2L,
                SandboxRoutes.CONVERSATION_META_PATCH, 1L), late.requests(),
                "five requests: both cards read, both written, the conversation attached");
    }
}
