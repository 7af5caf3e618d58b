package app.richcontact.adapters.crisprest.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Our own count of requests per UTC day against the daily quota. Optional work may use only a
 * share of it, so that what is left goes to contact creation; follow-ups all but the
 * {@value #CREATION_RESERVE} of it kept for lookups and creations. Lookups for unverified requests
 * have a small allowance of their own ({@value #UNVERIFIED_SHARE} of the day, at least one), so
 * whatever strangers send costs contact creation at most that. The count starts at zero with
 * the process: it is an estimate of Crisp's, kept on the safe side by counting every attempt.
 */
public final class QuotaBudget {

    /** The share of the day unverified lookups may use: 50 requests of Crisp's default 5,000. */
    public static final double UNVERIFIED_SHARE = 0.01;
    /** The share of the day only lookups and creations may use: 500 requests of Crisp's default 5,000. */
    public static final double CREATION_RESERVE = 0.1;

    private final Clock clock;
    private final long dailyQuota;
    private final long optionalLimit;
    private final long followUpLimit;
    private final long unverifiedLimit;
    private LocalDate day;
    private long used;
    private long unverifiedUsed;

    public QuotaBudget(Clock clock, long dailyQuota, double optionalShare) {
        this.clock = clock;
        this.dailyQuota = dailyQuota;
        this.optionalLimit = (long) Math.floor(dailyQuota * optionalShare);
        this.unverifiedLimit = Math.max(1, (long) Math.floor(dailyQuota * UNVERIFIED_SHARE));
        this.followUpLimit = dailyQuota - (long) Math.ceil(dailyQuota * CREATION_RESERVE);
    }

    /** Counts one request if the budget allows it at this priority. */
    public synchronized boolean tryAcquire(Priority priority) {
        rollOver();
        long limit = switch (priority) {
            case OPTIONAL -> optionalLimit;
            case FOLLOW_UP -> followUpLimit;
            case ESSENTIAL, UNVERIFIED -> dailyQuota;
        };
        if (used >= limit || (priority == Priority.UNVERIFIED && unverifiedUsed >= unverifiedLimit)) {
            return false;
        }
        used++;
        if (priority == Priority.UNVERIFIED) {
            unverifiedUsed++;
        }
        return true;
    }

    /** How many unverified lookups a day may cost. */
    public long unverifiedLimit() {
        return unverifiedLimit;
    }

    public synchronized long usedToday() {
        rollOver();
        return used;
    }

    public long dailyQuota() {
        return dailyQuota;
    }

    /** Time until the count starts again (the next UTC midnight). */
    public Duration untilNextDay() {
        Instant now = clock.instant();
        Instant midnight = LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        return Duration.between(now, midnight);
    }

    private void rollOver() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        if (!today.equals(day)) {
            day = today;
            used = 0;
            unverifiedUsed = 0;
        }
    }
}
