package app.richcontact.application.activity;

import app.richcontact.application.port.in.WebsiteActivity.ByChannel;
import app.richcontact.application.port.in.WebsiteActivity.Counts;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts of captures by (channel, outcome, reason): at most {@link #MAX_SERIES} series with a
 * channel's name, then further ones under the channel {@code other} (reasons and causes are
 * closed sets, so those are bounded too), so that odd integrations cannot grow it.
 * Not thread-safe: its website's activity guards it.
 */
final class Tally {

    static final int MAX_SERIES = 32;
    static final String OTHER_CHANNEL = "other";

    /** One series: how a capture on a channel ended; {@code reason} is {@code none} for a creation. */
    private record Series(String channel, Outcome outcome, String reason) {
    }

    enum Outcome { CREATED, SKIPPED, FAILED }

    private final Map<Series, long[]> counts = new HashMap<>();
    private int named;

    void add(String channel, Outcome outcome, String reason) {
        Series series = new Series(channel, outcome, reason);
        if (!counts.containsKey(series)) {
            if (named >= MAX_SERIES || channel.equals(OTHER_CHANNEL)) {
                series = new Series(OTHER_CHANNEL, outcome, reason);
            } else {
                named++;
            }
        }
        counts.computeIfAbsent(series, s -> new long[1])[0]++;
    }

    void clear() {
        counts.clear();
        named = 0;
    }

    Counts counts() {
        long[] byOutcome = new long[Outcome.values().length];
        Map<String, long[]> channels = new TreeMap<>();
        Map<String, Long> skipReasons = new TreeMap<>();
        Map<String, Long> failureCauses = new TreeMap<>();
        counts.forEach((series, count) -> {
            long n = count[0];
            byOutcome[series.outcome().ordinal()] += n;
            channels.computeIfAbsent(series.channel(), c -> new long[Outcome.values().length])[series.outcome().ordinal()] += n;
            if (series.outcome() == Outcome.SKIPPED) {
                skipReasons.merge(series.reason(), n, Long::sum);
            } else if (series.outcome() == Outcome.FAILED) {
                failureCauses.merge(series.reason(), n, Long::sum);
            }
        });
        Map<String, ByChannel> byChannel = new TreeMap<>();
        channels.forEach((channel, n) -> byChannel.put(channel, new ByChannel(n[0], n[1], n[2])));
        return new Counts(byOutcome[0], byOutcome[1], byOutcome[2], byChannel, skipReasons, failureCauses);
    }
}
