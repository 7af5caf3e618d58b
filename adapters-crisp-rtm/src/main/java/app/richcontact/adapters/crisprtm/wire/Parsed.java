package app.richcontact.adapters.crisprtm.wire;

import app.richcontact.application.port.in.ConversationEvent;
import app.richcontact.application.port.in.InstallationEvent;

/** What one RTM event became once parsed: an event for an in-port, or a reason not to deliver it. */
public sealed interface Parsed {

    /** An event for one of the in-ports. */
    sealed interface Accepted extends Parsed {
    }

    /** For {@code CaptureConversationUseCase}. */
    record Conversation(ConversationEvent event) implements Accepted {
    }

    /** For {@code TrackInstallationsUseCase}. */
    record Installation(InstallationEvent event) implements Accepted {
    }

    /** Well-formed, but nothing to do (e.g. a message not from the visitor); {@code reason} is a counter label. */
    record Ignored(String reason) implements Parsed {
    }

    /** Malformed; {@code reason} is a counter label such as {@code invalid_phone} and never holds payload data. */
    record Dropped(String reason) implements Parsed {
    }
}
