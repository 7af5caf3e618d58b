package app.richcontact.adapters.crisprtm;

import app.richcontact.application.port.in.CaptureConversationUseCase;
import app.richcontact.application.port.in.CatchUpConversationsUseCase;
import app.richcontact.application.port.in.CatchUpReport;
import app.richcontact.application.port.in.ConversationEvent;
import app.richcontact.application.port.in.InstallationEvent;
import app.richcontact.application.port.in.TrackInstallationsUseCase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/** The three in-ports the listener calls, as recording lambdas. */
final class RecordingPorts {

    /** One catch-up request. */
    record Window(Instant from, Instant until) {

        boolean covers(Instant moment) {
            return !moment.isBefore(from) && !moment.isAfter(until);
        }
    }

    static final CatchUpReport EMPTY_REPORT = new CatchUpReport(0, 0, 0, 0, true);

    final List<ConversationEvent> conversations = new CopyOnWriteArrayList<>();
    final List<InstallationEvent> installations = new CopyOnWriteArrayList<>();
    final List<Window> catchUps = new CopyOnWriteArrayList<>();

    CaptureConversationUseCase capture() {
        return conversations::add;
    }

    TrackInstallationsUseCase installationsPort() {
        return installations::add;
    }

    CatchUpConversationsUseCase catchUp() {
        return (from, until) -> {
            catchUps.add(new Window(from, until));
            return EMPTY_REPORT;
        };
    }

    /** Waits for a conversation event matching {@code test} and returns it. */
    <T extends ConversationEvent> T awaitConversation(Class<T> type, Predicate<T> test) {
        Await.until("a " + type.getSimpleName(), () -> find(type, test) != null);
        return find(type, test);
    }

    <T extends ConversationEvent> T find(Class<T> type, Predicate<T> test) {
        for (ConversationEvent event : conversations) {
            if (type.isInstance(event) && test.test(type.cast(event))) {
                return type.cast(event);
            }
        }
        return null;
    }

    List<ConversationEvent> ofSession(String sessionId) {
        return conversations.stream().filter(e -> e.session().value().equals(sessionId)).toList();
    }

    <T extends InstallationEvent> T awaitInstallation(Class<T> type, String websiteId) {
        Await.until("a " + type.getSimpleName() + " of " + websiteId, () -> installations.stream()
                .anyMatch(e -> type.isInstance(e) && e.website().value().equals(websiteId)));
        return installations.stream().filter(e -> type.isInstance(e) && e.website().value().equals(websiteId))
                .map(type::cast).findFirst().orElseThrow();
    }

    void awaitCatchUps(int count) {
        Await.until(count + " catch-ups", () -> catchUps.size() >= count);
    }

    static Duration ms(long millis) {
        return Duration.ofMillis(millis);
    }
}
