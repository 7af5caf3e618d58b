package app.richcontact.crispevents;

import app.richcontact.application.port.in.ConversationEvent;
import app.richcontact.application.port.in.InstallationEvent;
import java.util.Objects;

/**
 * What one Crisp event became once read: an event for an in-port, or a reason not to deliver it.
 * {@link #label()} is the event's counter label (a supported name or {@code other}); reasons are
 * counter labels such as {@code invalid_phone} and never hold payload data.
 */
public sealed interface CrispEvent {

    String label();

    /**
     * For {@code CaptureConversationUseCase}; {@code fingerprint} identifies a visitor message
     * across redeliveries (digits or Crisp's text, at most 40 characters), else {@code null}.
     */
    record ForConversation(String label, ConversationEvent event, String fingerprint) implements CrispEvent {
        public ForConversation {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(event, "event");
        }
    }

    /** For {@code TrackInstallationsUseCase}. */
    record ForInstallation(String label, InstallationEvent event) implements CrispEvent {
        public ForInstallation {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(event, "event");
        }
    }

    /** Well-formed, but nothing to do (an unknown event, a message not from the visitor). */
    record Ignored(String label, String reason) implements CrispEvent {
        public Ignored {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Malformed: a required field is missing, of the wrong type, too long or invalid, or the payload too big. */
    record Dropped(String label, String reason) implements CrispEvent {
        public Dropped {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
