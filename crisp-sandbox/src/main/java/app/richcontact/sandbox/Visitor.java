package app.richcontact.sandbox;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Who opens a conversation and how its start unfolds. Start with {@link #from(String)} and refine
 * with the {@code with…} methods (each returns a copy).
 *
 * <p>The scripted start emits, {@link #spacing()} apart: the data listed in
 * {@link #beforeFirstMessage()}, the first {@code message:send}, {@code session:request:initiated}
 * if {@link #requestInitiated()}, then the remaining data. Data is emitted in the order of
 * {@link SessionDatum}; null data is not emitted.
 *
 * @param origin {@code chat}, {@code email} or an integration URN such as {@code urn:crisp.im:whatsapp:0}
 * @param nickname the visitor's name, or null
 * @param phone the visitor's phone as the channel reports it, or null
 * @param email the visitor's email, or null
 * @param geolocation where Crisp located the visitor, or null
 * @param firstMessage the text of the first visitor message
 * @param requestInitiated whether {@code session:request:initiated} fires (it does not always, in production)
 * @param beforeFirstMessage which data Crisp announces before the first message
 * @param spacing time between two events of the start, or null for the sandbox's default
 * @param sender who the channel says writes (its own user id), kept by a returning sender; null: the
 *               sender is known by the phone's digits, else by the nickname ({@link SandboxSwitch#SENDER_SESSIONS})
 */
public record Visitor(
        String origin,
        String nickname,
        String phone,
        String email,
        Geolocation geolocation,
        String firstMessage,
        boolean requestInitiated,
        Set<SessionDatum> beforeFirstMessage,
        Duration spacing,
        String sender) {

    /** By default Crisp knows the origin and the name first; phone, location and email follow the message. */
    public static final Set<SessionDatum> DEFAULT_BEFORE = Set.of(SessionDatum.ORIGIN, SessionDatum.NICKNAME);

    public Visitor {
        if (origin == null || origin.isBlank()) {
            throw new IllegalArgumentException("origin must not be blank");
        }
        Objects.requireNonNull(firstMessage, "firstMessage");
        beforeFirstMessage = beforeFirstMessage.isEmpty()
                ? Set.of() : Set.copyOf(EnumSet.copyOf(beforeFirstMessage));
        if (spacing != null && spacing.isNegative()) {
            throw new IllegalArgumentException("spacing must not be negative");
        }
    }

    /** A visitor with no data yet, who writes "Hello" from this origin. */
    public static Visitor from(String origin) {
        return new Visitor(origin, null, null, null, null, "Hello", true, DEFAULT_BEFORE, null, null);
    }

    public Visitor withNickname(String value) {
        return new Visitor(origin, value, phone, email, geolocation, firstMessage, requestInitiated,
                beforeFirstMessage, spacing, sender);
    }

    public Visitor withPhone(String value) {
        return new Visitor(origin, nickname, value, email, geolocation, firstMessage, requestInitiated,
                beforeFirstMessage, spacing, sender);
    }

    public Visitor withEmail(String value) {
        return new Visitor(origin, nickname, phone, value, geolocation, firstMessage, requestInitiated,
                beforeFirstMessage, spacing, sender);
    }

    public Visitor withGeolocation(Geolocation value) {
        return new Visitor(origin, nickname, phone, email, value, firstMessage, requestInitiated,
                beforeFirstMessage, spacing, sender);
    }

    public Visitor withFirstMessage(String value) {
        return new Visitor(origin, nickname, phone, email, geolocation, value, requestInitiated,
                beforeFirstMessage, spacing, sender);
    }

    public Visitor withRequestInitiated(boolean value) {
        return new Visitor(origin, nickname, phone, email, geolocation, firstMessage, value, beforeFirstMessage,
                spacing, sender);
    }

    public Visitor withBeforeFirstMessage(Set<SessionDatum> value) {
        return new Visitor(origin, nickname, phone, email, geolocation, firstMessage, requestInitiated, value,
                spacing, sender);
    }

    public Visitor withSpacing(Duration value) {
        return new Visitor(origin, nickname, phone, email, geolocation, firstMessage, requestInitiated,
                beforeFirstMessage, value, sender);
    }

    /** The channel's id of the sender, which a returning sender keeps (see {@link SandboxSwitch#SENDER_SESSIONS}). */
    public Visitor withSender(String value) {
        return new Visitor(origin, nickname, phone, email, geolocation, firstMessage, requestInitiated,
                beforeFirstMessage,
                spacing, value);
    }
}
