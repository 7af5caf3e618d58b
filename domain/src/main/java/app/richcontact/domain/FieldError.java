package app.richcontact.domain;

/** One invalid field of a submitted form, by its wire name, with a message for the user. */
public record FieldError(String field, String message) {
}
