package app.richcontact.adapters.crisprest;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.richcontact.application.port.out.ContactCreation;
import app.richcontact.application.port.out.OutboundFailure;
import app.richcontact.domain.EmailAddress;
import app.richcontact.domain.NewContact;
import app.richcontact.domain.Nickname;
import app.richcontact.domain.PhoneNumber;
import app.richcontact.domain.Segment;
import app.richcontact.domain.WebsiteId;
import app.richcontact.sandbox.SandboxOptions;
import app.richcontact.sandbox.SandboxSwitch;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Crisp's cache may answer a profile's HEAD from before its creation: a create refused as
 * {@code people_exists} means "exists" whatever the HEAD that follows says.
 */
class StaleReadsTest {

    private static NewContact contact(String email) {
        return new NewContact(EmailAddress.parse(email), PhoneNumber.parse("+351925923040"), Nickname.parse("Jane"),
                List.of(new Segment("whatsapp")), null);
    }

    @ParameterizedTest(name = "read lag {0} ms")
    @ValueSource(longs = {0, 5_000, 600_000})
    void a_create_refused_as_people_exists_is_already_exists_whatever_the_cache_says(long lagMillis) {
        try (SandboxedGateway sandbox = new SandboxedGateway(SandboxOptions.builder()
                .set(SandboxSwitch.READ_LAG, Duration.ofMillis(lagMillis)), config -> config)) {
            WebsiteId website = sandbox.website();
            assertInstanceOf(ContactCreation.Created.class, sandbox.gateway.contacts().create(website, contact("jane@example.com")));

            assertInstanceOf(ContactCreation.AlreadyExists.class,
                    sandbox.gateway.contacts().create(website, contact("JANE@example.com")));
        }
    }

    @Test
    void a_refusal_with_another_reason_is_already_exists_only_when_a_fresh_head_finds_the_profile() {
        try (SandboxedGateway sandbox = new SandboxedGateway(SandboxOptions.builder()
                .set(SandboxSwitch.DUPLICATE_REASON, "invalid_data").set(SandboxSwitch.DUPLICATE_STATUS, 400), config -> config)) {
            WebsiteId website = sandbox.website();
            sandbox.gateway.contacts().create(website, contact("jane@example.com"));

            assertThrows(OutboundFailure.class, () -> sandbox.gateway.contacts().create(website, contact("jane@example.com")),
                    "the HEAD does not see it yet: a refusal, never a second contact");
            sandbox.crisp.scenario().ageCrm(SandboxSwitch.READ_LAG.defaultValue());
            assertInstanceOf(ContactCreation.AlreadyExists.class,
                    sandbox.gateway.contacts().create(website, contact("jane@example.com")));
        }
    }
}
