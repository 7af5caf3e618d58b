package app.richcontact.bootstrap;

import app.richcontact.application.port.out.UpgradeOutcome;
import app.richcontact.application.port.out.UpgradeOutcomes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One log line per late-email upgrade: website, session and the Crisp ids involved; outcomes hold no personal data. */
final class LoggedUpgrades implements UpgradeOutcomes {

    private static final Logger LOG = LoggerFactory.getLogger("app.richcontact.capture");

    @Override
    public void report(UpgradeOutcome outcome) {
        if (outcome instanceof UpgradeOutcome.EmailMoved moved) {
            LOG.info("contact upgraded website={} session={} people_id={} (took the visitor's email)",
                    moved.website(), moved.session(), moved.contact());
        } else if (outcome instanceof UpgradeOutcome.Superseded superseded) {
            LOG.info("contact superseded website={} session={} people_id={} kept={}", superseded.website(),
                    superseded.session(), superseded.placeholder(), superseded.kept());
        } else if (outcome instanceof UpgradeOutcome.Failed failed) {
            LOG.warn("contact upgrade failed website={} session={} cause={} detail={}", failed.website(),
                    failed.session(), failed.cause().label(), failed.detail());
        }
    }
}
