package app.richcontact.application.activity;

import app.richcontact.application.activity.Tally.Outcome;
import app.richcontact.application.port.in.WebsiteActivity;
import app.richcontact.application.port.in.WebsiteActivity.Listening;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One website's counts: since counting started, for the current UTC day, and contacts created in
 * each of the last 24 hours (a ring of hour slots). Fixed size but for its two tallies' bounds.
 */
final class WebsiteLog {

    private static final int HOURS = WebsiteActivity.HOURS;

    private final Instant since;
    private final Tally total = new Tally();
    private final Tally today = new Tally();
    private Instant day;
    private Instant lastCreated;
    /** Contacts created per hour; slot {@code hour % 24} holds the hour starting at {@code slotHours[slot]}. */
    private final long[] created = new long[HOURS];
    private final long[] slotHours = new long[HOURS];

    WebsiteLog(Instant since) {
        this.since = since;
        this.day = since.truncatedTo(ChronoUnit.DAYS);
        Arrays.fill(slotHours, Long.MIN_VALUE);
    }

    synchronized void add(Instant at, String channel, Outcome outcome, String reason) {
        rollDay(at);
        total.add(channel, outcome, reason);
        today.add(channel, outcome, reason);
        if (outcome == Outcome.CREATED) {
            lastCreated = at;
            long hour = hourOf(at);
            int slot = (int) Math.floorMod(hour, (long) HOURS);
            if (slotHours[slot] != hour) {
                slotHours[slot] = hour;
                created[slot] = 0;
            }
            created[slot]++;
        }
    }

    synchronized WebsiteActivity read(Instant now, Listening listening) {
        rollDay(now);
        long currentHour = hourOf(now);
        List<Instant> hourStarts = new ArrayList<>(HOURS);
        List<Long> perHour = new ArrayList<>(HOURS);
        for (long hour = currentHour - HOURS + 1; hour <= currentHour; hour++) {
            int slot = (int) Math.floorMod(hour, (long) HOURS);
            hourStarts.add(Instant.EPOCH.plus(Duration.ofHours(hour)));
            perHour.add(slotHours[slot] == hour ? created[slot] : 0L);
        }
        return new WebsiteActivity(since, now, total.counts(), today.counts(), Optional.ofNullable(lastCreated),
                hourStarts, perHour, listening);
    }

    /** A new UTC day starts today's counts again (a clock set back keeps the day it had). */
    private void rollDay(Instant at) {
        Instant atDay = at.truncatedTo(ChronoUnit.DAYS);
        if (atDay.isAfter(day)) {
            day = atDay;
            today.clear();
        }
    }

    private static long hourOf(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), 3600L);
    }
}
