package app.richcontact.sandbox;

import java.time.Duration;
import java.util.Collection;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * One option of the sandbox written once: its name, its command-line flag, its default, how the
 * flag's text is parsed and how a value is checked. {@link SandboxOptions}, {@link SandboxSwitch}
 * and {@link TrafficOptions} declare theirs as constants; builders, {@link SandboxMain}'s parsing
 * and its usage text all read them.
 *
 * @param <T> the type of its value
 */
public sealed class SandboxOption<T> permits SandboxSwitch {

    private final String name;
    private final String flag;
    private final String valueHint;
    private final Supplier<T> fallback;
    private final String shownDefault;
    private final String help;
    private final Function<String, T> parser;
    private final Consumer<T> check;

    /**
     * @param usage    the flag without its dashes, then the value's hint ({@code "quota N"}); a flag
     *                 with no hint takes no value and sets what {@code parser} returns; null: no flag
     * @param fallback the default, asked once per options built (random credentials, a seed)
     * @param shown    the default as the usage text and the README show it; null: the default itself
     * @param parser   the flag's text into a value
     * @param check    throws {@link IllegalArgumentException}, naming the option, for a bad value
     */
    SandboxOption(String name, String usage, Supplier<T> fallback, String shown, String help,
                  Function<String, T> parser, Consumer<T> check) {
        this.name = name;
        int space = usage == null ? -1 : usage.indexOf(' ');
        this.flag = space < 0 ? usage : usage.substring(0, space);
        this.valueHint = space < 0 ? null : usage.substring(space + 1);
        this.fallback = fallback;
        this.help = help;
        this.parser = parser;
        this.check = check;
        this.shownDefault = shown != null ? shown : show(check(fallback.get()));
    }

    /** An option whose default is one constant value, checked here. */
    static <T> SandboxOption<T> option(String name, String usage, T defaultValue, String help,
                                       Function<String, T> parser, Consumer<T> check) {
        return new SandboxOption<>(name, usage, () -> defaultValue, null, help, parser, check);
    }

    public String name() {
        return name;
    }

    /** The command-line flag without its dashes, or null when the option has none of its own. */
    public String flag() {
        return flag;
    }

    /** What the flag's value looks like ({@code N}), or null for a flag that takes none. */
    public String valueHint() {
        return valueHint;
    }

    public T defaultValue() {
        return fallback.get();
    }

    /** The default in words, as {@code --help} and the README show it. */
    public String shownDefault() {
        return shownDefault;
    }

    public String help() {
        return help;
    }

    /** The value, or an {@link IllegalArgumentException} that names this option. */
    public T check(T value) {
        check.accept(value);
        return value;
    }

    /** The flag's text as a checked value; a refusal names the flag. */
    T parse(String text) {
        T value;
        try {
            value = parser.apply(text);
        } catch (RuntimeException unreadable) {
            throw new IllegalArgumentException("--" + flag + " does not take " + text + " (" + valueHint + ")");
        }
        return check(value);
    }

    @Override
    public String toString() {
        return name;
    }

    private String show(T value) {
        if (valueHint == null || value == null) {
            return valueHint == null ? "off" : "none";
        }
        if (value instanceof Duration duration) {
            return Long.toString(flag.endsWith("-ms") ? duration.toMillis() : duration.toSeconds());
        }
        if (value instanceof Collection<?> items) {
            return items.stream().map(String::valueOf).sorted().collect(Collectors.joining(","));
        }
        return value.toString();
    }

    /** The value whose {@code toString()} is {@code text}, in any case and surrounded by any space. */
    static <E> E byWord(E[] values, String text) {
        String word = text.trim().toLowerCase(java.util.Locale.ROOT);
        return java.util.Arrays.stream(values).filter(value -> value.toString().equals(word)).findFirst().orElseThrow();
    }

    static Duration millis(String text) {
        return Duration.ofMillis(Long.parseLong(text));
    }

    static Consumer<Integer> atLeast(int minimum, String name) {
        return value -> require(value != null && value >= minimum, name + " must be at least " + minimum);
    }

    static Consumer<String> notBlank(String name) {
        return value -> require(value != null && !value.isBlank(), name + " must not be blank");
    }

    static void requireNotNegative(Duration value, String name) {
        require(value != null && !value.isNegative(), name + " must be zero or positive");
    }

    static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
