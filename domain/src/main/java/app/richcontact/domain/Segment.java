package app.richcontact.domain;

/** A CRM segment (a tag on a contact): trimmed, lower-cased, 1 to 64 characters (code points), one line. */
public record Segment(String value) {

    public static final int MAX_LENGTH = 64;

    public Segment {
        // Lower-cased first: lower-casing may change the length the limit applies to.
        value = Text.cleanLine(Text.lowerText(Text.required(value, "segment")), "segment", MAX_LENGTH);
    }

    public static Segment of(Channel channel) {
        return new Segment(channel.name());
    }

    @Override
    public String toString() {
        return value;
    }
}
