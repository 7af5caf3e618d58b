package app.richcontact.domain;

/** A Crisp CRM profile ({@code people_id}), a UUID (stored lower-case). */
public record ContactId(String value) {

    public ContactId {
        Text.required(value, "people_id");
        if (!Text.isUuid(value, 0)) {
            throw new InvalidValueException("people_id", "must be a UUID");
        }
        value = Text.lowerAscii(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
