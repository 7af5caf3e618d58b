package app.richcontact.adapters.crisprtm.runtime;

import app.richcontact.adapters.crisprtm.wire.RtmPayloadParser;
import app.richcontact.application.port.in.CaptureConversationUseCase;
import app.richcontact.application.port.in.TrackInstallationsUseCase;
import app.richcontact.crispevents.CrispEvent;
import app.richcontact.crispevents.CrispEventNames;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;

/**
 * Where every RTM event enters, on the socket's event thread: counts it, parses it, and either
 * queues the in-port call or counts why not. It returns quickly and never throws, whatever the
 * payload. (A new install's {@code socket:bind} is the application's call, whichever way it learns of it.)
 */
public final class IncomingEvents {

    private final RtmPayloadParser parser;
    private final ListenerCounters counters;
    private final EventDispatcher conversations;
    private final EventDispatcher installationEvents;
    private final CaptureConversationUseCase capture;
    private final TrackInstallationsUseCase installations;
    private final Clock clock;
    private volatile long lastEventMillis = -1;

    /**
     * Conversation events and installation events go through separate dispatchers: handling an
     * install may wait on a Crisp lookup, and must not hold up the conversations behind it.
     */
    public IncomingEvents(RtmPayloadParser parser, ListenerCounters counters, EventDispatcher conversations,
                          EventDispatcher installationEvents, CaptureConversationUseCase capture,
                          TrackInstallationsUseCase installations, Clock clock) {
        this.parser = parser;
        this.counters = counters;
        this.conversations = conversations;
        this.installationEvents = installationEvents;
        this.capture = capture;
        this.installations = installations;
        this.clock = clock;
    }

    /**
     * @param event   the event name as received
     * @param payload its first argument, or null when it had none
     */
    public void onEvent(String event, JsonNode payload) {
        try {
            String label = CrispEventNames.label(event);
            counters.received(label);
            lastEventMillis = clock.millis();
            CrispEvent parsed = parser.parse(event, payload);
            if (parsed instanceof CrispEvent.ForConversation conversation) {
                conversations.offer(label, () -> capture.handle(conversation.event()));
            } else if (parsed instanceof CrispEvent.ForInstallation installation) {
                installationEvents.offer(label, () -> installations.handle(installation.event()));
            } else if (parsed instanceof CrispEvent.Ignored ignored) {
                counters.ignored(ignored.reason());
            } else if (parsed instanceof CrispEvent.Dropped dropped) {
                counters.dropped(dropped.reason());
            }
        } catch (RuntimeException unexpected) {
            // Nothing may escape onto the socket's thread: it would stop every later event.
            counters.dropped("unreadable");
        }
    }

    /** When the last event arrived, or null before the first. */
    public Instant lastEventAt() {
        long millis = lastEventMillis;
        return millis < 0 ? null : Instant.ofEpochMilli(millis);
    }
}
