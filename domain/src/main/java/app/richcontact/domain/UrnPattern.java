package app.richcontact.domain;

/**
 * A pattern over origin URNs where {@code *} matches any run of characters, e.g.
 * {@code urn:aircall.io:*}. A bare name such as {@code slack} stands for {@code urn:*:slack:*}.
 */
public record UrnPattern(String glob) {

    public static final int MAX_LENGTH = 128;

    public UrnPattern {
        glob = Text.lowerAscii(Text.required(glob, "urn pattern").strip());
        if (glob.isEmpty() || glob.length() > MAX_LENGTH) {
            throw new InvalidValueException("urn pattern", "must be 1 to " + MAX_LENGTH + " characters");
        }
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            boolean allowed = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '.' || c == '-' || c == '_' || c == ':' || c == '*';
            if (!allowed) {
                throw new InvalidValueException("urn pattern",
                        "may contain only lower-case letters, digits, '.', '-', '_', ':' and '*'");
            }
        }
        if (glob.indexOf(':') < 0) {
            glob = "urn:*:" + glob + ":*";
        } else if (!glob.startsWith("urn:")) {
            throw new InvalidValueException("urn pattern", "must start with urn: or be a bare integration name");
        }
    }

    public boolean matches(Origin origin) {
        return matches(glob, 0, origin.value(), 0);
    }

    private static boolean matches(String glob, int g, String text, int t) {
        while (g < glob.length()) {
            char c = glob.charAt(g);
            if (c == '*') {
                for (int next = t; next <= text.length(); next++) {
                    if (matches(glob, g + 1, text, next)) {
                        return true;
                    }
                }
                return false;
            }
            if (t >= text.length() || text.charAt(t) != c) {
                return false;
            }
            g++;
            t++;
        }
        return t == text.length();
    }

    @Override
    public String toString() {
        return glob;
    }
}
