package app.richcontact.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.richcontact.sandbox.Conversation;
import app.richcontact.sandbox.CrmProfile;
import app.richcontact.sandbox.SandboxOptions;
import app.richcontact.sandbox.SandboxRoutes;
import app.richcontact.sandbox.SandboxSwitch;
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
        Canaries.Phone phone = Canaries.phone();
        String email = Canaries.email();
        Conversation conversation = capturedVisitor(phone);
        CrmProfile placeholder = placeholderOf(phone);
        Map<String, Long> before = upgradeRequests();

        conversation.setEmail(email);

        Await.until("the contact to take the email", UPGRADE_DEADLINE,
                () -> profile(placeholder.peopleId()).email().equalsIgnoreCase(email),
                () -> profile(placeholder.peopleId()).toString());
        Await.until("the conversation to be attached", UPGRADE_DEADLINE,
                () -> upgradeRequestsSince(before).containsKey(SandboxRoutes.CONVERSATION_META_PATCH));
        assertOneEach(profilesWithEmail(email), "no second contact");
        CrmProfile upgraded = profile(placeholder.peopleId());
        assertEquals(phone.e164(), upgraded.phone());
        assertEquals(List.of("whatsapp"), upgraded.segments(), "not superseded: it is the contact");
        assertEquals(email, snapshot(conversation).email());
        assertEquals(Map.of(SandboxRoutes.PROFILE_GET, 1L, SandboxRoutes.PROFILE_PATCH, 1L,
                SandboxRoutes.CONVERSATION_META_PATCH, 1L), upgradeRequestsSince(before),
                "three requests: the email looked up, given to the contact, the conversation attached");
    }

    @Test
    void an_email_someone_s_profile_holds_gets_the_conversation_and_the_placeholder_is_superseded() {
        Canaries.Phone phone = Canaries.phone();
        String email = Canaries.email();
        String someone = crisp.scenario().preloadProfile(website.websiteId(),
                app.richcontact.sandbox.NewProfile.of(email, Canaries.name(), null, "customers"));
        crisp.scenario().ageCrm(java.time.Duration.ofMinutes(10));
        Conversation conversation = capturedVisitor(phone);
        CrmProfile placeholder = placeholderOf(phone);

        conversation.setEmail(email);

        Await.until("the placeholder to be marked superseded", UPGRADE_DEADLINE,
                () -> profile(placeholder.peopleId()).segments().contains("superseded"));
        Await.until("the holder to get the phone", UPGRADE_DEADLINE, () -> phone.e164().equals(profile(someone).phone()));
        assertEquals(List.of("customers", "whatsapp"), profile(someone).segments());
        assertOneEach(profilesWithEmail(email), "no second profile with the email");
        assertEquals(email, snapshot(conversation).email());
    }
}
