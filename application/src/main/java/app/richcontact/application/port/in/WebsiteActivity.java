package app.richcontact.application.port.in;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One website's activity: counts and times only, never who the visitors were. Counts live in
 * memory and restart with the process (or when the website was forgotten to bound memory):
 * {@code since} says from when they run.
 *
 * @param since        when counting started for this website
 * @param now          when this was read
 * @param total        since {@code since}
 * @param today        since the start of the current UTC day (or {@code since}, if later)
 * @param lastCreated  when the last contact was created, if one was since {@code since}
 * @param hourStarts   the starts of the last 24 UTC hours, oldest first, the current hour last
 * @param createdPerHour contacts created in each of those hours
 * @param listening    whether Crisp's events reach the plugin and Crisp requests flow
 */
public record WebsiteActivity(Instant since, Instant now, Counts total, Counts today, Optional<Instant> lastCreated,
                              List<Instant> hourStarts, List<Long> createdPerHour, Listening listening) {

    public static final int HOURS = 24;

    public WebsiteActivity {
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(lastCreated, "lastCreated");
        Objects.requireNonNull(listening, "listening");
        hourStarts = List.copyOf(hourStarts);
        createdPerHour = List.copyOf(createdPerHour);
        if (hourStarts.size() != HOURS || createdPerHour.size() != HOURS) {
            throw new IllegalArgumentException("hourStarts and createdPerHour must hold " + HOURS + " hours");
        }
    }

    /**
     * Captures by how they ended. Channels are channel names (plus {@code other} for what is past
     * the bound); reasons and causes are the snake_case labels of {@code SkipReason} and {@code FailureCause}.
     */
    public record Counts(long created, long skipped, long failed, Map<String, ByChannel> byChannel,
                         Map<String, Long> skipReasons, Map<String, Long> failureCauses) {

        public Counts {
            byChannel = Map.copyOf(byChannel);
            skipReasons = Map.copyOf(skipReasons);
            failureCauses = Map.copyOf(failureCauses);
            if (created < 0 || skipped < 0 || failed < 0) {
                throw new IllegalArgumentException("created, skipped and failed must not be negative");
            }
        }
    }

    /** One channel's captures by outcome. */
    public record ByChannel(long created, long skipped, long failed) {

        public ByChannel {
            if (created < 0 || skipped < 0 || failed < 0) {
                throw new IllegalArgumentException("created, skipped and failed must not be negative");
            }
        }
    }

    /**
     * Whether the plugin hears Crisp now.
     *
     * @param realtime       the real-time connection is up
     * @param webHooks       web hooks are accepted by this replica
     * @param pausedForQuota Crisp requests are paused because the daily quota is spent
     */
    public record Listening(boolean realtime, boolean webHooks, boolean pausedForQuota) {

        public static final Listening UNKNOWN = new Listening(false, false, false);
    }
}
