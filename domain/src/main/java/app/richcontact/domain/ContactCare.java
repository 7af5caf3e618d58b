package app.richcontact.domain;

/**
 * What Rich Contact does for a contact beyond creating it, each the owner's choice (the
 * settings page; the README's settings table gives what each costs in Crisp requests).
 * {@link #DEFAULTS}: everything on but the profile event.
 *
 * @param attachConversation   set the conversation's email to the contact's, so that Crisp links them
 * @param phonelessSenders     give a contact to a sender with no phone, under a per-session placeholder email
 * @param upgradeOnLateEmail   when a real email arrives after the contact was made, move the contact to it
 * @param unsubscribePlaceholders unsubscribe a contact whose email is a placeholder from email campaigns
 * @param profileEvent         add a profile event naming the channel to each contact created
 */
public record ContactCare(boolean attachConversation, boolean phonelessSenders, boolean upgradeOnLateEmail,
                          boolean unsubscribePlaceholders, boolean profileEvent) {

    public static final ContactCare DEFAULTS = new ContactCare(true, true, true, true, false);
}
