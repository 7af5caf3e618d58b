package app.richcontact.sandbox;

/**
 * Where Crisp located a visitor; any part may be null.
 *
 * @param country ISO 3166 alpha-2 code, as Crisp sends it
 * @param region region name
 * @param city city name
 */
public record Geolocation(String country, String region, String city) {
}
