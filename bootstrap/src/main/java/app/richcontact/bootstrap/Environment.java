package app.richcontact.bootstrap;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Typed reads of environment variables. A read is empty when its variable is unset or blank, so
 * that the default stays with the configuration it belongs to; each read names its variable in
 * the error it throws and never repeats a secret's value.
 */
public final class Environment {

    private static final Pattern DURATION = Pattern.compile("(\\d{1,9})(ms|s|m|h)?");

    private final Map<String, String> variables;

    public Environment(Map<String, String> variables) {
        this.variables = variables;
    }

    public Optional<String> text(String name) {
        String value = variables.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    public String required(String name) {
        return text(name).orElseThrow(() -> new ConfigurationException(name, "is required"));
    }

    public Optional<Integer> integer(String name, int min, int max) {
        return read(name, text -> valid(Integer.parseInt(text), value -> value >= min && value <= max),
                "must be a whole number from " + min + " to " + max);
    }

    public Optional<Double> fraction(String name) {
        return read(name, text -> valid(Double.parseDouble(text), value -> value >= 0 && value <= 1),
                "must be a number from 0 to 1");
    }

    public Optional<Boolean> flag(String name) {
        return read(name, text -> switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "on", "yes", "1" -> true;
            case "false", "off", "no", "0" -> false;
            default -> throw new IllegalArgumentException();
        }, "must be true or false");
    }

    /** {@code 3s}, {@code 500ms}, {@code 2m}, {@code 1h}, or {@code 0}. */
    public Optional<Duration> duration(String name, Duration max) {
        return read(name, text -> {
            Matcher matcher = DURATION.matcher(text);
            if (!matcher.matches() || (matcher.group(2) == null && !matcher.group(1).equals("0"))) {
                throw new IllegalArgumentException();
            }
            long amount = Long.parseLong(matcher.group(1));
            return valid(switch (matcher.group(2) == null ? "s" : matcher.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofSeconds(amount);
            }, value -> value.compareTo(max) <= 0);
        }, "must be a duration such as 3s, 500ms or 2m, at most " + max);
    }

    public Optional<URI> url(String name) {
        return read(name, text -> valid(URI.create(text.endsWith("/") ? text : text + "/"), uri -> uri.isAbsolute()
                && (uri.getScheme().equals("https") || uri.getScheme().equals("http")) && uri.getHost() != null),
                "must be an http(s) URL");
    }

    public <E extends Enum<E>> Optional<E> choice(String name, Class<E> type) {
        return read(name, text -> Enum.valueOf(type, text.toUpperCase(Locale.ROOT).replace('.', '_')),
                "must be one of " + Arrays.stream(type.getEnumConstants())
                        .map(constant -> constant.name().toLowerCase(Locale.ROOT)).toList());
    }

    /** {@code value}, if {@code check} accepts it; {@link #read} turns the refusal into the variable's error. */
    private static <T> T valid(T value, Predicate<T> check) {
        if (!check.test(value)) {
            throw new IllegalArgumentException();
        }
        return value;
    }

    private <T> Optional<T> read(String name, Function<String, T> parse, String expectation) {
        return text(name).map(text -> {
            try {
                return parse.apply(text);
            } catch (RuntimeException invalid) {
                throw new ConfigurationException(name, expectation);
            }
        });
    }
}
