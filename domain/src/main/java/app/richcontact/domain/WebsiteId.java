package app.richcontact.domain;

/** A Crisp website, identified by a UUID (stored lower-case). */
public record WebsiteId(String value) {

    public WebsiteId {
        Text.required(value, "website_id");
        if (!Text.isUuid(value, 0)) {
            throw new InvalidValueException("website_id", "must be a UUID");
        }
        value = Text.lowerAscii(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
