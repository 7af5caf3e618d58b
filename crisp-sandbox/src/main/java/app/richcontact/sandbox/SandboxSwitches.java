package app.richcontact.sandbox;

import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The current value of every {@link SandboxSwitch} while the sandbox runs: quota, Crisp's unknown
 * behaviours (duplicate create, phone search), socket binding, native email profiles and web
 * hooks. A change takes effect for the next request or event; the class is thread-safe.
 */
public final class SandboxSwitches {

    private final AtomicReferenceArray<Object> values;

    SandboxSwitches(SandboxOptions options) {
        this.values = new AtomicReferenceArray<>(SandboxSwitch.all().size());
        for (SandboxSwitch<?> each : SandboxSwitch.all()) {
            values.set(each.index(), options.get(each));
        }
    }

    @SuppressWarnings("unchecked")
    public <T> T get(SandboxSwitch<T> which) {
        return (T) values.get(which.index());
    }

    /** Sets a switch, checked as at start; requests already counted (quota) stay counted. */
    public <T> SandboxSwitches set(SandboxSwitch<T> which, T value) {
        values.set(which.index(), which.check(value));
        return this;
    }
}
