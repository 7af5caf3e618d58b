package app.richcontact.application.fake;

import app.richcontact.application.contract.ContactCardsContract;
import app.richcontact.application.contract.ContactDirectoryContract;
import app.richcontact.application.contract.ConversationDirectoryContract;
import app.richcontact.application.contract.InstallationsContract;
import app.richcontact.application.port.out.ContactCards;
import app.richcontact.application.port.out.ContactDirectory;
import app.richcontact.application.port.out.ConversationDirectory;
import app.richcontact.application.port.out.Installations;
import app.richcontact.application.port.out.SettingsStore;
import app.richcontact.domain.ContactId;
import app.richcontact.domain.Installation;
import app.richcontact.domain.NewContact;
import app.richcontact.domain.Origin;
import app.richcontact.domain.SessionId;
import app.richcontact.domain.VisitorDetails;
import app.richcontact.domain.WebsiteId;
import app.richcontact.domain.WebsiteSettings;
import app.richcontact.domain.WebsiteToken;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Nested;

/** The out-port contracts, run against the in-memory fakes the application tests rely on. */
class InMemoryContractTest {

    private static WebsiteId newWebsite() {
        return new WebsiteId(UUID.randomUUID().toString());
    }

    @Nested
    class ContactDirectoryFake extends ContactDirectoryContract {
        private final InMemoryContactDirectory directory = new InMemoryContactDirectory(new CrispCalls());

        @Override
        protected ContactDirectory directory() {
            return directory;
        }

        @Override
        protected WebsiteId website() {
            return newWebsite();
        }
    }

    @Nested
    class ContactCardsFake extends ContactCardsContract {
        private final InMemoryContactDirectory directory = new InMemoryContactDirectory(new CrispCalls());
        private final InMemoryContactCards cards = new InMemoryContactCards(new CrispCalls(), directory);

        @Override
        protected ContactCards cards() {
            return cards;
        }

        @Override
        protected WebsiteId website() {
            return newWebsite();
        }

        @Override
        protected ContactId givenProfile(WebsiteId website, NewContact contact) {
            return directory.preload(website, contact);
        }
    }

    @Nested
    class ConversationDirectoryFake extends ConversationDirectoryContract {
        private final ManualClock clock = new ManualClock();
        private final InMemoryConversationDirectory directory = new InMemoryConversationDirectory(new CrispCalls());

        @Override
        protected ConversationDirectory directory() {
            return directory;
        }

        @Override
        protected WebsiteId website() {
            return newWebsite();
        }

        @Override
        protected SessionId givenConversation(WebsiteId website, Origin origin, VisitorDetails visitor, ContactId linked) {
            SessionId session = new SessionId("session_" + UUID.randomUUID());
            directory.put(website, session, origin, clock.instant(), visitor, linked);
            clock.advance(Duration.ofMillis(1));
            return session;
        }

        @Override
        protected Instant now() {
            return clock.instant();
        }
    }

    @Nested
    class InstallationsFake extends InstallationsContract {
        private final ManualClock clock = new ManualClock();
        private final InMemoryInstallations installations = new InMemoryInstallations(new CrispCalls(), clock);

        @Override
        protected Installations installations() {
            return installations;
        }

        @Override
        protected SettingsStore store() {
            return installations;
        }

        @Override
        protected Installed givenInstalled(WebsiteSettings settings) {
            WebsiteId website = newWebsite();
            String token = "token-" + UUID.randomUUID();
            installations.install(new Installation(website, WebsiteToken.of(token), settings));
            return new Installed(website, token);
        }

        @Override
        protected void givenUninstalled(WebsiteId website) {
            installations.uninstall(website);
        }

        @Override
        protected Instant now() {
            return clock.instant();
        }
    }
}
