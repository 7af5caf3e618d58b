package app.richcontact.sandbox;

/**
 * What a channel tells Crisp about a sender, for the random traffic: Instagram, Messenger and
 * Telegram give a name and no phone (Messenger's profile API gives a name and a picture,
 * Telegram's user has no phone); WhatsApp, Aircall and SMS give the phone.
 */
public enum ChannelProfile {
    /** The sender's phone number is known (and a nickname). */
    WITH_PHONE,
    /** A nickname only, no phone. */
    NICKNAME_ONLY
}
