package app.richcontact.adapters.crisprtm.runtime;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Names the listener's threads {@code crisp-rtm-<role>[-n]} and makes them daemons, so none holds the JVM. */
public final class DaemonThreads implements ThreadFactory {

    /** Every thread the listener starts has a name with this prefix. */
    public static final String PREFIX = "crisp-rtm-";

    private final String name;
    private final boolean numbered;
    private final AtomicInteger count = new AtomicInteger();

    private DaemonThreads(String role, boolean numbered) {
        this.name = PREFIX + role;
        this.numbered = numbered;
    }

    /** For an executor of one thread. */
    public static DaemonThreads single(String role) {
        return new DaemonThreads(role, false);
    }

    /** For a pool: each thread gets a number. */
    public static DaemonThreads pool(String role) {
        return new DaemonThreads(role, true);
    }

    @Override
    public Thread newThread(Runnable task) {
        Thread thread = new Thread(task, numbered ? name + "-" + count.incrementAndGet() : name);
        thread.setDaemon(true);
        return thread;
    }
}
