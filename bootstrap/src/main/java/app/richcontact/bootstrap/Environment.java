package app.richcontact.bootstrap;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Typed reads of environment variables. Each read names its variable in the error it throws and
 * never repeats a secret's value.
 */
public final class Environment {

    private static final Pattern DURATION = Pattern.compile("(\\d{1,9})(ms|s|m|h)?");

    private final Map<String, String> variables;

    public Environment(Map<String, String> variables) {
        this.variables = variables;
    }

    public String text(String name, String fallback) {
        String value = variables.get(name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    public String required(String name) {
        String value = text(name, null);
        if (value == null) {
            throw new ConfigurationException(name, "is required");
        }
        return value;
    }

    public int integer(String name, int fallback, int min, int max) {
        return read(name, fallback, text -> {
            int value = Integer.parseInt(text);
            if (value < min || value > max) {
                throw new IllegalArgumentException();
            }
            return value;
        }, "must be a whole number from " + min + " to " + max);
    }

    public double fraction(String name, double fallback) {
        return read(name, fallback, text -> {
            double value = Double.parseDouble(text);
            if (!(value >= 0 && value <= 1)) {
                throw new IllegalArgumentException();
            }
            return value;
        }, "must be a number from 0 to 1");
    }

    public boolean flag(String name, boolean fallback) {
        return read(name, fallback, text -> switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "on", "yes", "1" -> true;
            case "false", "off", "no", "0" -> false;
            default -> throw new IllegalArgumentException();
        }, "must be true or false");
    }

    /** {@code 3s}, {@code 500ms}, {@code 2m}, {@code 1h}, or {@code 0}. */
    public Duration duration(String name, Duration fallback, Duration max) {
        return read(name, fallback, text -> {
            Matcher matcher = DURATION.matcher(text);
            if (!matcher.matches() || (matcher.group(2) == null && !matcher.group(1).equals("0"))) {
                throw new IllegalArgumentException();
            }
            long amount = Long.parseLong(matcher.group(1));
            Duration value = switch (matcher.group(2) == null ? "s" : matcher.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofSeconds(amount);
            };
            if (value.compareTo(max) > 0) {
                throw new IllegalArgumentException();
            }
            return value;
        }, "must be a duration such as 3s, 500ms or 2m, at most " + max);
    }

    public URI url(String name, URI fallback) {
        return read(name, fallback, text -> {
            URI uri = URI.create(text.endsWith("/") ? text : text + "/");
            if (!uri.isAbsolute() || !(uri.getScheme().equals("https") || uri.getScheme().equals("http"))
                    || uri.getHost() == null) {
                throw new IllegalArgumentException();
            }
            return uri;
        }, "must be an http(s) URL");
    }

    public <E extends Enum<E>> E choice(String name, E fallback, Class<E> type) {
        return read(name, fallback, text -> Enum.valueOf(type, text.toUpperCase(Locale.ROOT).replace('.', '_')),
                "must be one of " + java.util.Arrays.stream(type.getEnumConstants())
                        .map(constant -> constant.name().toLowerCase(Locale.ROOT)).toList());
    }

    private <T> T read(String name, T fallback, Function<String, T> parse, String expectation) {
        String text = text(name, null);
        if (text == null) {
            return fallback;
        }
        try {
            return parse.apply(text);
        } catch (RuntimeException invalid) {
            throw new ConfigurationException(name, expectation);
        }
    }
}
