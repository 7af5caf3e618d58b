package app.richcontact.sandbox;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The values of a known list of options: those chosen, checked, and every other one's default. */
final class OptionValues {

    private final List<? extends SandboxOption<?>> known;
    private final Map<SandboxOption<?>, Object> chosen = new HashMap<>();

    OptionValues(List<? extends SandboxOption<?>> known) {
        this.known = known;
    }

    <T> void set(SandboxOption<T> which, T value) {
        chosen.put(known(which), which.check(value));
    }

    boolean isSet(SandboxOption<?> which) {
        return chosen.containsKey(known(which));
    }

    @SuppressWarnings("unchecked")
    <T> T get(SandboxOption<T> which) {
        return chosen.containsKey(which) ? (T) chosen.get(which) : known(which).defaultValue();
    }

    /** A copy in which each default is asked once, so that a random one stays the same. */
    OptionValues settled() {
        OptionValues settled = new OptionValues(known);
        known.forEach(each -> settled.chosen.put(each, get(each)));
        return settled;
    }

    private <O extends SandboxOption<?>> O known(O which) {
        if (!known.contains(which)) {
            throw new IllegalArgumentException(which + " is not one of " + known);
        }
        return which;
    }
}
