package app.richcontact.application.capture;

import app.richcontact.application.CaptureConfig;
import app.richcontact.application.installation.InstallationCache;
import app.richcontact.application.port.out.FailureCause;
import app.richcontact.application.port.out.OutboundFailure;
import app.richcontact.application.port.out.TaskScheduler;
import app.richcontact.application.port.out.UpgradeOutcome;
import app.richcontact.application.port.out.UpgradeOutcomes;
import app.richcontact.domain.ContactId;
import app.richcontact.domain.EmailAddress;
import app.richcontact.domain.Installation;
import app.richcontact.domain.VisitorDetails;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Notices a real email given after a conversation's capture gave it a placeholder contact (see
 * {@link SessionContacts}: for a day after the capture), and runs its {@link LateEmailUpgrade} on
 * the workers, {@link #SETTLE} later, when the website's settings ask for it. One upgrade per conversation: later emails
 * of the same conversation do nothing. An upgrade that failed for a passing cause (quota, an
 * outage) runs again on the captures' retry schedule, holding the email until then (as a capture
 * waiting to retry holds its visitor's details), and is given up when its attempts are used.
 */
final class LateEmails {

    /**
     * How long after the email the upgrade starts: Crisp may make its own profile for that email
     * as it is set, and its reads may not show a new profile for a few seconds (the sandbox's
     * {@code READ_LAG}); looking sooner would mostly cost a refused update and a retry.
     */
    static final Duration SETTLE = Duration.ofSeconds(10);

    private final InstallationCache installations;
    private final SessionContacts sessions;
    private final HandledSessions handled;
    private final LateEmailUpgrade upgrade;
    private final UpgradeOutcomes outcomes;
    private final TaskScheduler scheduler;
    private final Executor workers;
    private final CaptureConfig.Retries retries;
    /** The conversations whose upgrade waits to start, runs or waits to run again: one at a time each. */
    private final Set<SessionKey> upgrading = ConcurrentHashMap.newKeySet();

    LateEmails(InstallationCache installations, SessionContacts sessions, HandledSessions handled,
               LateEmailUpgrade upgrade, UpgradeOutcomes outcomes, TaskScheduler scheduler, Executor workers, CaptureConfig.Retries retries) {
        this.installations = installations;
        this.sessions = sessions;
        this.handled = handled;
        this.upgrade = upgrade;
        this.outcomes = outcomes;
        this.scheduler = scheduler;
        this.workers = workers;
        this.retries = retries;
    }

    /**
     * Starts the upgrade when {@code details} hold a real email for a conversation given a
     * placeholder contact, or for one whose capture was decided and may still be making its
     * contact (which of them is told once the email has settled).
     */
    void detailsChanged(SessionKey key, VisitorDetails details) {
        Optional<EmailAddress> email = details.realEmail();
        if (email.isEmpty() || sessions.givenTo(key).isEmpty() && !handled.contains(key)) {
            return;
        }
        if (upgrading.size() >= SessionContacts.CAPACITY || !upgrading.add(key)) {
            return;
        }
        scheduler.schedule(SETTLE, () -> settled(key, email.get()));
    }

    private void settled(SessionKey key, EmailAddress email) {
        Optional<SessionContacts.Given> given = sessions.givenTo(key);
        if (given.isEmpty() || !given.get().placeholder()) {
            upgrading.remove(key);
            return;
        }
        submit(new Upgrade(key, given.get().contact(), email, 0));
    }

    /** How many upgrades run or wait to run again. */
    int inFlight() {
        return upgrading.size();
    }

    private void submit(Upgrade next) {
        try {
            workers.execute(() -> attempt(next));
        } catch (RejectedExecutionException busy) {
            retryOrGiveUp(next.counted(), new OutboundFailure(FailureCause.UNAVAILABLE, "every capture worker is busy"));
        }
    }

    private void attempt(Upgrade waiting) {
        Upgrade current = waiting.counted();
        try {
            Optional<Installation> installation = installations.resolve(current.key().website());
            if (installation.isEmpty() || !installation.get().settings().care().upgradeOnLateEmail()) {
                end(current, null, true);
                return;
            }
            end(current, upgrade.run(current.key(), current.placeholder(), current.email()), true);
        } catch (OutboundFailure failure) {
            retryOrGiveUp(current, failure);
        } catch (RuntimeException bug) {
            end(current, failed(current, FailureCause.UNEXPECTED, bug.getClass().getName()), true);
        }
    }

    private void retryOrGiveUp(Upgrade current, OutboundFailure failure) {
        boolean retryable = failure.failureCause().retryable();
        if (retryable && current.attempts() <= retries.max()) {
            scheduler.schedule(retries.delay(current.attempts(), failure.retryAfter().orElse(null)), () -> submit(current));
            return;
        }
        // Attempts used up for a passing cause: the conversation stays known, so a later email may try again.
        end(current, failed(current, failure.failureCause(), failure.getMessage()), !retryable);
    }

    private void end(Upgrade current, UpgradeOutcome outcome, boolean forget) {
        if (forget && outcome != null) {
            sessions.forget(current.key());
        }
        upgrading.remove(current.key());
        if (outcome != null) {
            outcomes.report(outcome);
        }
    }

    private static UpgradeOutcome failed(Upgrade upgrade, FailureCause cause, String detail) {
        return new UpgradeOutcome.Failed(upgrade.key().website(), upgrade.key().session(), cause, detail);
    }

    /** One conversation's upgrade and the attempts it made. */
    private record Upgrade(SessionKey key, ContactId placeholder, EmailAddress email, int attempts) {

        Upgrade counted() {
            return new Upgrade(key, placeholder, email, attempts + 1);
        }
    }
}
