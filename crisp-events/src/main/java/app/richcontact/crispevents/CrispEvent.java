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
     * across redeliveries (digits or Crisp's text, at most {@link #MAX_FINGERPRINT} characters),
     * else {@code null}.
     */
    record ForConversation(String label, ConversationEvent event, String fingerprint) implements CrispEvent {
        public static final int MAX_FINGERPRINT = 40;

        public ForConversation {
            requireEventLabel(label);
            Objects.requireNonNull(event, "event");
            if (fingerprint != null && (fingerprint.isBlank() || fingerprint.length() > MAX_FINGERPRINT)) {
                throw new IllegalArgumentException("fingerprint must be 1 to " + MAX_FINGERPRINT + " characters");
            }
        }
    }

    /** For {@code TrackInstallationsUseCase}. */
    record ForInstallation(String label, InstallationEvent event) implements CrispEvent {
        public ForInstallation {
            Objects.requireNonNull(event, "event");
            requireEventLabel(label);
        }
    }

    /** Well-formed, but nothing to do (an unknown event, a message not from the visitor). */
    record Ignored(String label, String reason) implements CrispEvent {
        public Ignored {
            requireReason(reason);
            requireEventLabel(label);
        }
    }

    /** Malformed: a required field is missing, of the wrong type, too long or invalid, or the payload too big. */
    record Dropped(String label, String reason) implements CrispEvent {
        public Dropped {
            requireEventLabel(label);
            requireReason(reason);
        }
    }

    private static void requireEventLabel(String label) {
        if (label == null || !label.equals(CrispEventNames.label(label))) {
            throw new IllegalArgumentException("label must be a supported event name or " + CrispEventNames.OTHER);
        }
    }

    /** A reason is a counter label: lower-case letters, digits and underscores, so never payload data. */
    private static void requireReason(String reason) {
        if (reason == null || reason.isEmpty() || reason.length() > 64) {
            throw new IllegalArgumentException("reason must be 1 to 64 characters");
        }
        for (int i = 0; i < reason.length(); i++) {
            char c = reason.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_')) {
                throw new IllegalArgumentException("reason must hold only a-z, 0-9 and _");
            }
        }
    }
}
