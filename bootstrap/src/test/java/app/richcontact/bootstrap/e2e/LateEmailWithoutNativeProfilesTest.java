package app.richcontact.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.richcontact.sandbox.CrmProfile;
import app.richcontact.sandbox.NewProfile;
import app.richcontact.sandbox.SandboxOptions;
import app.richcontact.sandbox.SandboxRoutes;
import app.richcontact.sandbox.SandboxSwitch;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Where Crisp makes no profile of its own for a session's email ({@code NATIVE_EMAIL_PROFILES}
 * off), the other defaults unforgiving as ever: the placeholder contact takes the email.
 */
class LateEmailWithoutNativeProfilesTest extends LateEmailScenarios {

    @Override
    SandboxOptions.Builder variant(SandboxOptions.Builder options) {
        return options.set(SandboxSwitch.NATIVE_EMAIL_PROFILES, false);
    }

    @Test
    void an_email_given_after_the_contact_was_made_is_taken_by_that_contact_and_the_conversation_attached() {
        String email = Canaries.email();
        LateEmail late = emailAfterCapture(email);

        Await.until("the contact to take the email", UPGRADE_DEADLINE,
                () -> late.placeholderNow().email().equalsIgnoreCase(email), () -> late.placeholderNow().toString());
        late.awaitAttached();
        assertOneEach(profilesWithEmail(email), "no second contact");
        CrmProfile upgraded = late.placeholderNow();
        assertEquals(late.phone.e164(), upgraded.phone());
        assertEquals(List.of("whatsapp"), upgraded.segments(), "not superseded: it is the contact");
        assertEquals(email, late.snapshot().email());
        assertEquals(Map.of(SandboxRoutes.PROFILE_GET, 1L, SandboxRoutes.PROFILE_PATCH, 1L,
                SandboxRoutes.CONVERSATION_META_PATCH, 1L), late.requests(),
                "three requests: the email looked up, given to the contact, the conversation attached");
    }

    @Test
    void an_email_someone_s_profile_holds_gets_the_conversation_and_the_placeholder_is_superseded() {
        String email = Canaries.email();
        String someone = crisp.scenario().preloadProfile(website.websiteId(),
                NewProfile.of(email, Canaries.name(), null, "customers"));
        crisp.scenario().ageCrm(Duration.ofMinutes(10));
        LateEmail late = emailAfterCapture(email);

        Await.until("the placeholder to be marked superseded", UPGRADE_DEADLINE,
                () -> late.placeholderNow().segments().contains("superseded"), () -> late.placeholderNow().toString());
        late.awaitAttached();
        assertEquals(late.phone.e164(), profile(someone).phone());
        assertEquals(List.of("customers", "whatsapp"), profile(someone).segments());
        assertOneEach(profilesWithEmail(email), "no second profile with the email");
        assertEquals(email, late.snapshot().email());
    }
}
