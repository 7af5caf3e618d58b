package app.richcontact.domain;

/** A CRM segment (a tag on a contact): trimmed, lower-cased, 1 to 64 characters, one line. */
public record Segment(String value) {

    public static final int MAX_LENGTH = 64;

    public Segment {
        value = Text.lowerAscii(Text.cleanLine(value, "segment", MAX_LENGTH));
    }

    public static Segment of(Channel channel) {
        return new Segment(channel.name());
    }

    @Override
    public String toString() {
        return value;
    }
}
