package app.richcontact.sandbox;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** A running random traffic generator; stop it with {@link #stop()} (or close the sandbox). */
public interface TrafficRun extends AutoCloseable {

    /** The websites it installed (enabled and disabled ones). */
    List<InstalledWebsite> websites();

    /** Conversations started so far. */
    long started();

    /** Conversations started so far, oldest first (empty when history is off). */
    List<GeneratedConversation> generated();

    /** Conversations started so far, by kind. */
    Map<ConversationKind, Long> countsByKind();

    /**
     * The contacts a correct plugin with default settings should have created so far: distinct
     * (website, phone digits) among the conversations whose kind {@link ConversationKind#makesContact()}.
     */
    long expectedNewContacts();

    /** Waits until it has stopped by itself (max conversations reached) or the timeout passes. */
    boolean awaitFinished(Duration timeout) throws InterruptedException;

    boolean isRunning();

    /** Stops generating; conversations already started finish their scripted start. */
    void stop();

    @Override
    default void close() {
        stop();
    }
}
