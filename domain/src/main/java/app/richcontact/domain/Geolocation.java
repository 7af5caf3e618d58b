package app.richcontact.domain;

import java.util.Locale;

/**
 * Where a visitor is, as a contact may record it: an ISO 3166-1 alpha-2 country code
 * (upper-case) and a city. Either may be null, not both.
 */
public record Geolocation(String country, String city) {

    public static final int MAX_CITY_LENGTH = 100;

    public Geolocation {
        if (country == null && city == null) {
            throw new InvalidValueException("geolocation", "needs a country or a city");
        }
        if (country != null) {
            // Checked as ASCII before upper-casing: Unicode would turn a dotless "\u0131t" into "IT".
            country = country.strip();
            if (country.length() != 2 || !isAsciiLetter(country.charAt(0)) || !isAsciiLetter(country.charAt(1))) {
                throw new InvalidValueException("country", "must be a two-letter ISO 3166-1 code");
            }
            country = country.toUpperCase(Locale.ROOT);
        }
        if (city != null) {
            city = Text.cleanLine(city, "city", MAX_CITY_LENGTH);
        }
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }
}
