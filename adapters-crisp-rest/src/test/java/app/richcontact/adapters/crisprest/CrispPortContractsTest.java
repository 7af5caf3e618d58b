package app.richcontact.adapters.crisprest;

import app.richcontact.application.contract.ContactCardsContract;
import app.richcontact.application.contract.ContactDirectoryContract;
import app.richcontact.application.contract.ConversationDirectoryContract;
import app.richcontact.application.contract.InstallationsContract;
import app.richcontact.application.port.out.ContactCards;
import app.richcontact.application.port.out.ContactCreation;
import app.richcontact.application.port.out.ContactDirectory;
import app.richcontact.application.port.out.ConversationDirectory;
import app.richcontact.application.port.out.Installations;
import app.richcontact.application.port.out.SettingsStore;
import app.richcontact.domain.ContactId;
import app.richcontact.domain.NewContact;
import app.richcontact.domain.Origin;
import app.richcontact.domain.SessionId;
import app.richcontact.domain.VisitorDetails;
import app.richcontact.domain.WebsiteId;
import app.richcontact.domain.WebsiteSettings;
import app.richcontact.sandbox.Conversation;
import app.richcontact.sandbox.Geolocation;
import app.richcontact.sandbox.InstalledWebsite;
import app.richcontact.sandbox.ProfileSegmentsUpdate;
import app.richcontact.sandbox.SandboxOptions;
import app.richcontact.sandbox.SandboxSwitch;
import app.richcontact.sandbox.Visitor;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;

/** The out-port contracts the in-memory fakes pass, run against the REST adapter and the sandbox. */
class CrispPortContractsTest {

    private static final SandboxedGateway SANDBOX = new SandboxedGateway();
    /** The other answer Crisp may give for a website without the plugin on the settings route. */
    private static final SandboxedGateway ANSWERS_404 = new SandboxedGateway(SandboxOptions.builder()
            .set(SandboxSwitch.NATIVE_EMAIL_PROFILES, false).set(SandboxSwitch.UNINSTALLED_STATUS, 404), config -> config);

    /** The other thing Crisp may do with the segments of a profile update: add them to the profile's. */
    private static final SandboxedGateway MERGES_SEGMENTS = new SandboxedGateway(SandboxOptions.builder()
            .set(SandboxSwitch.NATIVE_EMAIL_PROFILES, false)
            .set(SandboxSwitch.PROFILE_SEGMENTS_UPDATE, ProfileSegmentsUpdate.MERGE), config -> config);

    @AfterAll
    static void stopSandbox() {
        SANDBOX.close();
        ANSWERS_404.close();
        MERGES_SEGMENTS.close();
    }

    /** Against the sandbox's default: a profile update's segments replace the profile's. */
    @Nested
    class ContactCardsOverRest extends ContactCardsContract {

        SandboxedGateway sandbox() {
            return SANDBOX;
        }

        @Override
        protected ContactCards cards() {
            return sandbox().gateway.cards();
        }

        @Override
        protected WebsiteId website() {
            return sandbox().website();
        }

        @Override
        protected ContactId givenProfile(WebsiteId website, NewContact contact) {
            ContactCreation creation = sandbox().gateway.contacts().create(website, contact);
            readsCatchUp();
            return ((ContactCreation.Created) creation).contact();
        }

        @Override
        protected void readsCatchUp() {
            sandbox().crisp.scenario().ageCrm(java.time.Duration.ofMinutes(10));
        }
    }

    /** The same contract where a profile update's segments are added to the profile's. */
    @Nested
    class ContactCardsOverRestWhereSegmentsMerge extends ContactCardsOverRest {
        @Override
        SandboxedGateway sandbox() {
            return MERGES_SEGMENTS;
        }
    }

    @Nested
    class ContactDirectoryOverRest extends ContactDirectoryContract {
        @Override
        protected ContactDirectory directory() {
            return SANDBOX.gateway.contacts();
        }

        @Override
        protected WebsiteId website() {
            return SANDBOX.website();
        }

        @Override
        protected void readsCatchUp() {
            SANDBOX.crisp.scenario().ageCrm(java.time.Duration.ofMinutes(10));
        }
    }

    @Nested
    class ConversationDirectoryOverRest extends ConversationDirectoryContract {
        @Override
        protected ConversationDirectory directory() {
            return SANDBOX.gateway.conversations();
        }

        @Override
        protected WebsiteId website() {
            return SANDBOX.website();
        }

        @Override
        protected SessionId givenConversation(WebsiteId website, Origin origin, VisitorDetails visitor, ContactId linked) {
            Visitor script = Visitor.from(origin.value())
                    .withPhone(visitor.phone() == null ? null : visitor.phone().revealForCrm())
                    .withEmail(visitor.email() == null ? null : visitor.email().revealForCrm())
                    .withNickname(visitor.nickname() == null ? null : visitor.nickname().revealForCrm())
                    .withGeolocation(visitor.geolocation() == null ? null
                            : new Geolocation(visitor.geolocation().country(), null, visitor.geolocation().city()));
            Conversation conversation = SANDBOX.crisp.scenario().startConversation(website.value(), script);
            try {
                conversation.started().get(5, TimeUnit.SECONDS);
                if (linked != null) {
                    conversation.bindPeople(linked.value());
                }
            } catch (Exception notStarted) {
                throw new AssertionError("the sandbox did not start the conversation", notStarted);
            }
            return new SessionId(conversation.sessionId());
        }

        @Override
        protected Instant now() {
            return Instant.now();
        }
    }

    /** Against the sandbox's default: a website without the plugin is 403 on the settings route. */
    @Nested
    class InstallationsOverRest extends InstallationsContract {

        SandboxedGateway sandbox() {
            return SANDBOX;
        }

        @Override
        protected Installations installations() {
            return sandbox().gateway.installations();
        }

        @Override
        protected SettingsStore store() {
            return sandbox().gateway.settingsStore();
        }

        @Override
        protected Installed givenInstalled(WebsiteSettings settings) {
            InstalledWebsite website = sandbox().crisp.scenario().installWebsite("contract", SandboxedGateway.json(settings));
            return new Installed(new WebsiteId(website.websiteId()), website.token());
        }

        @Override
        protected void givenUninstalled(WebsiteId website) {
            sandbox().crisp.scenario().uninstallWebsite(website.value());
        }

        @Override
        protected Instant now() {
            return Instant.now();
        }
    }

    /** The same contract where Crisp answers 404 for a website without the plugin. */
    @Nested
    class InstallationsOverRestWhereUninstalledIs404 extends InstallationsOverRest {
        @Override
        SandboxedGateway sandbox() {
            return ANSWERS_404;
        }
    }
}
