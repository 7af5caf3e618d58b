package app.richcontact.bootstrap;

import app.richcontact.application.port.out.CaptureOutcome;
import app.richcontact.application.port.out.CaptureOutcomes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One log line per capture outcome: website, session, channel and reason; outcomes hold no personal data. */
final class LoggedOutcomes implements CaptureOutcomes {

    private static final Logger LOG = LoggerFactory.getLogger("app.richcontact.capture");

    @Override
    public void report(CaptureOutcome outcome) {
        if (outcome instanceof CaptureOutcome.Created created) {
            LOG.info("contact created website={} session={} channel={} people_id={}", created.website(),
                    created.session(), created.channel(), created.contact());
        } else if (outcome instanceof CaptureOutcome.Attached attached) {
            LOG.info("contact attached website={} session={} channel={} people_id={} reason={}", attached.website(),
                    attached.session(), attached.channel(), attached.contact(), attached.reason().label());
        } else if (outcome instanceof CaptureOutcome.Skipped skipped) {
            LOG.info("contact skipped website={} session={} channel={} reason={}", skipped.website(),
                    skipped.session(), skipped.channel(), skipped.reason().label());
        } else if (outcome instanceof CaptureOutcome.Failed failed) {
            LOG.warn("contact failed website={} session={} channel={} cause={} detail={}", failed.website(),
                    failed.session(), failed.channel(), failed.cause().label(), failed.detail());
        }
    }
}
