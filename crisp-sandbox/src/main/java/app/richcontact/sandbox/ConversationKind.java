package app.richcontact.sandbox;

/**
 * What a generated conversation is, so a caller can compute the contacts a correct plugin (with
 * default settings) should create: one per distinct (website, phone) among the kinds whose
 * {@link #makesContact()} is true, none for the others.
 */
public enum ConversationKind {
    /** A phone never seen on this website, from a messaging channel, no email: one new contact. */
    NEW_PHONE_ONLY,
    /** A phone this generator already used on this website (same channel): no new contact. */
    RETURNING,
    /**
     * A new phone opening two conversations at once on two channels, the second formatted
     * differently ({@code +351 912 345 678}): one contact for the pair.
     */
    CROSS_CHANNEL_DUPLICATE,
    /** A phone already in the website's CRM (pre-loaded profile): no new contact. */
    KNOWN_IN_CRM,
    /** A channel conversation whose visitor gives a real email (Crisp makes the profile itself): no plugin contact. */
    WITH_EMAIL,
    /** A {@code chat} or {@code email} origin: not a channel, no contact. */
    NON_CHANNEL_ORIGIN,
    /** A new phone on a website whose settings say {@code "enabled": false}: no contact. */
    DISABLED_WEBSITE,
    /**
     * A first visit from a channel whose senders have a nickname and no phone
     * ({@link ChannelProfile#NICKNAME_ONLY}): no contact today (the plugin skips it as {@code no_identifier}).
     */
    PHONELESS_SENDER,
    /**
     * A new phone from a channel with phones and no email at first, whose visitor gives a real email
     * {@link TrafficOptions#LATE_EMAIL_DELAY} later, after the plugin's collection window
     * ({@link Scenario#visitorGivesEmail}; the email is the {@link GeneratedConversation}'s): one contact
     * for the phone, which the plugin then attaches to that email. With native email profiles on, Crisp
     * also makes its own profile for the email (nickname and email only, no phone), which the plugin
     * completes. Off by default (weight 0).
     */
    LATE_EMAIL;

    /**
     * Whether a correct plugin with default settings makes one contact per distinct (website,
     * phone) of this kind: the one place that says so (traffic expectations and censuses read it).
     */
    public boolean makesContact() {
        return this == NEW_PHONE_ONLY || this == CROSS_CHANNEL_DUPLICATE || this == LATE_EMAIL;
    }
}
