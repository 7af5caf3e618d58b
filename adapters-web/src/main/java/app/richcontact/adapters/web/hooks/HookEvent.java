package app.richcontact.adapters.web.hooks;

import app.richcontact.application.port.in.ConversationEvent;
import app.richcontact.application.port.in.InstallationEvent;

/** What one verified web hook delivery turned out to be. {@code name} is a metric label. */
sealed interface HookEvent {

    String name();

    /**
     * A conversation event for the capture in-port; {@code deliveryKey} identifies the message
     * across retries, or is null to key the delivery by its body.
     */
    record ForConversation(String name, ConversationEvent event, String deliveryKey) implements HookEvent {
    }

    /** An installation event for the installations in-port. */
    record ForInstallation(String name, InstallationEvent event) implements HookEvent {
    }

    /** An event Rich Contact does not act on (an operator's message, an unknown event). */
    record Ignored(String name) implements HookEvent {
    }

    /** An event that cannot be used: a required field is missing or invalid. */
    record Dropped(String name, String reason) implements HookEvent {
    }
}
