package app.richcontact.application.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.richcontact.application.fake.ManualClock;
import app.richcontact.application.port.in.WebsiteActivity;
import app.richcontact.application.port.in.WebsiteActivity.ByChannel;
import app.richcontact.application.port.in.WebsiteActivity.Listening;
import app.richcontact.application.port.out.CaptureOutcome;
import app.richcontact.application.port.out.FailureCause;
import app.richcontact.domain.Channel;
import app.richcontact.domain.ContactId;
import app.richcontact.domain.SessionId;
import app.richcontact.domain.SkipReason;
import app.richcontact.domain.WebsiteId;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The activity counters, with a manual clock and a stubbed listening status. */
class CaptureActivityTest {

    private static final WebsiteId WEBSITE = new WebsiteId("0f8e2d4c-1b3a-4c5d-8e7f-9a0b1c2d3e4f");
    private static final WebsiteId OTHER = new WebsiteId("6a1f0c2e-7d4b-4e8a-9c3d-2b1a0f9e8d7c");
    private static final Channel WHATSAPP = new Channel("whatsapp");
    private static final Channel TELEGRAM = new Channel("telegram");
    private static final Instant START = Instant.parse("2026-12-01T22:15:00Z");

    private final ManualClock clock = new ManualClock(START);
    private final AtomicReference<Listening> listening = new AtomicReference<>(new Listening(true, false, false));
    private final CaptureActivity activity = new CaptureActivity(clock, listening::get);

    private static CaptureOutcome created(WebsiteId website, Channel channel) {
        return new CaptureOutcome.Created(website, session(), channel, new ContactId(UUID.randomUUID().toString()));
    }

    private static CaptureOutcome skipped(WebsiteId website, Channel channel, SkipReason reason) {
        return new CaptureOutcome.Skipped(website, session(), channel, reason);
    }

    private static CaptureOutcome failed(WebsiteId website, Channel channel, FailureCause cause) {
        return new CaptureOutcome.Failed(website, session(), channel, cause, "detail");
    }

    private static SessionId session() {
        return new SessionId("session_" + UUID.randomUUID());
    }

    @Test
    void outcomes_are_counted_by_channel_outcome_skip_reason_and_failure_cause_for_their_website_only() {
        activity.report(created(WEBSITE, WHATSAPP));
        activity.report(created(WEBSITE, WHATSAPP));
        activity.report(created(WEBSITE, TELEGRAM));
        activity.report(skipped(WEBSITE, WHATSAPP, SkipReason.EXISTS_BY_PHONE));
        activity.report(skipped(WEBSITE, TELEGRAM, SkipReason.HAS_EMAIL));
        activity.report(failed(WEBSITE, WHATSAPP, FailureCause.QUOTA_EXHAUSTED));
        activity.report(created(OTHER, WHATSAPP));

        WebsiteActivity.Counts total = activity.activity(WEBSITE).total();

        assertEquals(3, total.created());
        assertEquals(2, total.skipped());
        assertEquals(1, total.failed());
        assertEquals(Map.of("whatsapp", new ByChannel(2, 1, 1), "telegram", new ByChannel(1, 1, 0)), total.byChannel());
        assertEquals(Map.of("exists_by_phone", 1L, "has_email", 1L), total.skipReasons());
        assertEquals(Map.of("quota_exhausted", 1L), total.failureCauses());
        assertEquals(1, activity.activity(OTHER).total().created());
    }

    @Test
    void a_contact_found_and_attached_counts_as_no_contact_made_for_its_reason() {
        activity.report(new CaptureOutcome.Attached(WEBSITE, session(), WHATSAPP,
                new ContactId(UUID.randomUUID().toString()), SkipReason.EXISTS_BY_PHONE));

        WebsiteActivity.Counts total = activity.activity(WEBSITE).total();

        assertEquals(0, total.created());
        assertEquals(1, total.skipped());
        assertEquals(Map.of("exists_by_phone", 1L), total.skipReasons());
    }

    @Test
    void todays_counts_start_again_at_midnight_utc_while_the_totals_keep_counting() {
        activity.report(created(WEBSITE, WHATSAPP));
        activity.report(skipped(WEBSITE, WHATSAPP, SkipReason.DUPLICATE));
        clock.set(Instant.parse("2026-12-02T00:00:00Z"));
        activity.report(created(WEBSITE, TELEGRAM));

        WebsiteActivity read = activity.activity(WEBSITE);

        assertEquals(2, read.total().created());
        assertEquals(1, read.total().skipped());
        assertEquals(1, read.today().created());
        assertEquals(0, read.today().skipped());
        assertEquals(Map.of("telegram", new ByChannel(1, 0, 0)), read.today().byChannel());

        clock.advance(Duration.ofDays(1));
        assertEquals(0, activity.activity(WEBSITE).today().created(), "a day with nothing yet");
    }

    @Test
    void the_last_creation_and_counting_since_are_times_of_the_clock() {
        assertEquals(Optional.empty(), activity.activity(WEBSITE).lastCreated());
        clock.advance(Duration.ofMinutes(3));
        activity.report(created(WEBSITE, WHATSAPP));
        clock.advance(Duration.ofMinutes(2));
        activity.report(skipped(WEBSITE, WHATSAPP, SkipReason.DUPLICATE));

        WebsiteActivity read = activity.activity(WEBSITE);

        assertEquals(Optional.of(START.plus(Duration.ofMinutes(3))), read.lastCreated());
        assertEquals(START, read.since(), "counts run since the process started");
        assertEquals(clock.instant(), read.now());
    }

    @Test
    void contacts_created_per_hour_cover_the_last_24_hours_ending_with_the_current_one() {
        activity.report(created(WEBSITE, WHATSAPP));                       // 22:15, day 1
        clock.advance(Duration.ofHours(1));
        activity.report(created(WEBSITE, WHATSAPP));                       // 23:15
        activity.report(created(WEBSITE, TELEGRAM));
        activity.report(skipped(WEBSITE, TELEGRAM, SkipReason.DUPLICATE)); // not a creation
        clock.advance(Duration.ofHours(23));                               // 22:15, day 2

        WebsiteActivity read = activity.activity(WEBSITE);

        assertEquals(WebsiteActivity.HOURS, read.createdPerHour().size());
        assertEquals(Instant.parse("2026-12-02T22:00:00Z"), read.hourStarts().get(23));
        assertEquals(Instant.parse("2026-12-01T23:00:00Z"), read.hourStarts().get(0));
        List<Long> expected = new java.util.ArrayList<>(Collections.nCopies(24, 0L));
        expected.set(0, 2L);
        assertEquals(expected, read.createdPerHour(), "22:00 of day 1 is past the 24 hours; 23:00 is the first");

        activity.report(created(WEBSITE, WHATSAPP));
        expected.set(23, 1L);
        assertEquals(expected, activity.activity(WEBSITE).createdPerHour(), "a slot reused by a new hour starts at 0");
    }

    @Test
    void channels_past_the_bound_are_counted_as_other_and_nothing_is_lost() {
        for (int i = 0; i < Tally.MAX_SERIES + 10; i++) {
            activity.report(created(WEBSITE, new Channel("channel-" + i)));
        }
        activity.report(created(WEBSITE, new Channel("channel-0")));

        WebsiteActivity.Counts total = activity.activity(WEBSITE).total();

        assertEquals(Tally.MAX_SERIES + 11, total.created());
        assertEquals(Tally.MAX_SERIES + 1, total.byChannel().size(), "the named channels and other");
        assertEquals(new ByChannel(10, 0, 0), total.byChannel().get(Tally.OTHER_CHANNEL));
        assertEquals(new ByChannel(2, 0, 0), total.byChannel().get("channel-0"), "a known series keeps counting");
    }

    @Test
    void websites_past_the_bound_forget_the_least_recent_and_count_again_from_then() {
        CaptureActivity small = new CaptureActivity(clock, listening::get, 2);
        WebsiteId third = new WebsiteId("aaaaaaaa-1b3a-4c5d-8e7f-9a0b1c2d3e4f");
        small.report(created(WEBSITE, WHATSAPP));
        small.report(created(OTHER, WHATSAPP));
        small.activity(WEBSITE);                                           // read: WEBSITE is the more recent
        clock.advance(Duration.ofMinutes(10));
        small.report(created(third, WHATSAPP));

        assertEquals(2, small.websitesKept());
        assertEquals(1, small.activity(WEBSITE).total().created());
        assertEquals(0, small.activity(OTHER).total().created(), "forgotten");
        assertEquals(clock.instant(), small.activity(OTHER).since(), "and says counting runs from now");
        assertEquals(START, small.activity(third).since(), "first heard of before any was forgotten: never counted before");
        assertEquals(2, small.websitesKept(), "reading a website with nothing counted keeps nothing");
    }

    @Test
    void the_listening_status_is_read_at_each_reading() {
        assertEquals(new Listening(true, false, false), activity.activity(WEBSITE).listening());
        listening.set(new Listening(false, true, true));

        assertEquals(new Listening(false, true, true), activity.activity(WEBSITE).listening());
    }

    @Test
    void an_outcome_without_a_channel_is_counted_under_unknown() {
        activity.report(new CaptureOutcome.Skipped(WEBSITE, session(), null, SkipReason.NOT_INSTALLED));

        assertTrue(activity.activity(WEBSITE).total().byChannel().containsKey("unknown"));
    }
}
