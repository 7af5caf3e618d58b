package app.richcontact.adapters.crisprest.directory;

import app.richcontact.adapters.crisprest.PhoneSearch;
import app.richcontact.adapters.crisprest.client.CrispAnswer;
import app.richcontact.adapters.crisprest.client.CrispCall;
import app.richcontact.adapters.crisprest.client.CrispClient;
import app.richcontact.adapters.crisprest.client.Priority;
import app.richcontact.adapters.crisprest.wire.CrmWireMapping;
import app.richcontact.adapters.crisprest.wire.ProfileJson;
import app.richcontact.application.port.out.ContactCreation;
import app.richcontact.application.port.out.ContactDirectory;
import app.richcontact.application.port.out.FailureCause;
import app.richcontact.application.port.out.FoundContact;
import app.richcontact.application.port.out.OutboundFailure;
import app.richcontact.domain.Channel;
import app.richcontact.domain.ContactId;
import app.richcontact.domain.EmailAddress;
import app.richcontact.domain.NewContact;
import app.richcontact.domain.PhoneNumber;
import app.richcontact.domain.WebsiteId;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Optional;

/**
 * The CRM over Crisp's people routes. An email is looked up with one {@code GET} of the profile
 * (as cheap as a {@code HEAD}, and it tells the profile's id); a phone with a search in the
 * configured form, whose fuzzy hits are compared exactly on our side; when more
 * fuzzy hits come back than the search reads, the answer is "cannot tell", never "none" (a
 * failure, so that no duplicate is made). A creation refused as {@code people_exists} is a
 * duplicate, whatever a read says next (Crisp's cache may answer the HEAD from before the
 * profile's creation); refused with another 4xx it may be one too (Crisp does not document that
 * answer): the email is checked again to tell. A creation none of whose attempts Crisp answered in time is reported
 * as unanswered, not failed: Crisp may still apply it. The follow-ups of a creation (subscription,
 * event) go at {@link Priority#FOLLOW_UP}; a profile they do not find may not be visible yet, so
 * they fail as passing trouble; an event Crisp did not answer is taken as added, never sent twice.
 */
public final class CrispContactDirectory implements ContactDirectory {

    static final String PROFILE = "website/{website_id}/people/profile/{people_id}";
    static final String PROFILES = "website/{website_id}/people/profiles/{page}";
    static final String CREATE = "website/{website_id}/people/profile";
    static final String SUBSCRIPTION = "website/{website_id}/people/subscription/{people_id}";
    static final String EVENTS = "website/{website_id}/people/events/{people_id}";
    /** Crisp's reason for a create whose email a profile already has. */
    static final String PEOPLE_EXISTS = "people_exists";
    /**
     * Enough for the exact match to be on the first page of a fuzzy search in practice; past the
     * last page read, the search fails rather than answer "none".
     */
    static final int SEARCH_PAGE_SIZE = 50;
    static final int MAX_SEARCH_PAGES = 2;

    private final CrispClient client;
    private final CrmWireMapping wire;
    private final PhoneSearch phoneSearch;

    public CrispContactDirectory(CrispClient client, CrmWireMapping wire, PhoneSearch phoneSearch) {
        this.client = client;
        this.wire = wire;
        this.phoneSearch = phoneSearch;
    }

    @Override
    public Optional<FoundContact> existsWithEmail(WebsiteId website, EmailAddress email) {
        CrispAnswer answer = client.send(CrispCall.of("GET", PROFILE, Priority.ESSENTIAL,
                website.value(), wire.profileKey(email)));
        if (answer.notFound()) {
            return Optional.empty();
        }
        return Optional.of(new FoundContact(ProfileJson.peopleId(answer.dataOrFail()).orElse(null), email));
    }

    @Override
    public Optional<FoundContact> existsWithPhone(WebsiteId website, PhoneNumber phone) {
        Map<String, String> query = wire.phoneSearch(phone, phoneSearch);
        for (int page = 1; page <= MAX_SEARCH_PAGES; page++) {
            CrispCall call = CrispCall.of("GET", PROFILES, Priority.ESSENTIAL, website.value(), Integer.toString(page))
                    .withQuery("per_page", Integer.toString(SEARCH_PAGE_SIZE));
            for (Map.Entry<String, String> parameter : query.entrySet()) {
                call = call.withQuery(parameter.getKey(), parameter.getValue());
            }
            JsonNode profiles = client.send(call).dataOrFail();
            if (!profiles.isArray() || profiles.isEmpty()) {
                return Optional.empty();
            }
            for (JsonNode profile : profiles) {
                if (ProfileJson.hasPhone(profile, phone)) {
                    return Optional.of(new FoundContact(ProfileJson.peopleId(profile).orElse(null), ProfileJson.email(profile)));
                }
            }
            if (profiles.size() < SEARCH_PAGE_SIZE) {
                return Optional.empty();
            }
        }
        throw new OutboundFailure(FailureCause.UNEXPECTED, "more than " + MAX_SEARCH_PAGES * SEARCH_PAGE_SIZE
                + " CRM profiles match the phone search on " + PROFILES + " and none is this phone on the pages read:"
                + " whether it has a contact cannot be told, so none is made");
    }

    @Override
    public ContactCreation create(WebsiteId website, NewContact contact) {
        Optional<CrispAnswer> answered = client.sendUnlessUnanswered(CrispCall.of("POST", CREATE, Priority.ESSENTIAL,
                website.value()).withBody(wire.profileBody(contact)));
        if (answered.isEmpty()) {
            return new ContactCreation.Unanswered();
        }
        CrispAnswer answer = answered.get();
        if (answer.succeeded()) {
            return ProfileJson.peopleId(answer.data())
                    .<ContactCreation>map(ContactCreation.Created::new)
                    .orElseThrow(() -> new OutboundFailure(FailureCause.UNEXPECTED,
                            "Crisp created a profile but gave no valid people_id on " + answer.route()));
        }
        if (PEOPLE_EXISTS.equals(answer.reason()) || existsWithEmail(website, contact.email()).isPresent()) {
            return new ContactCreation.AlreadyExists();
        }
        throw answer.refused();
    }

    @Override
    public void unsubscribeFromEmail(WebsiteId website, ContactId contact) {
        followUpDone(client.send(CrispCall.of("PATCH", SUBSCRIPTION, Priority.FOLLOW_UP, website.value(), contact.value())
                .withBody(wire.unsubscribedBody())));
    }

    @Override
    public void addCreationEvent(WebsiteId website, ContactId contact, Channel channel) {
        client.sendUnlessUnanswered(CrispCall.of("POST", EVENTS, Priority.FOLLOW_UP, website.value(), contact.value())
                .withBody(wire.creationEventBody(channel))).ifPresent(CrispContactDirectory::followUpDone);
    }

    /** A follow-up's answer: a profile not found may only not be visible yet, so it is tried again later. */
    private static void followUpDone(CrispAnswer answer) {
        if (answer.notFound()) {
            throw new OutboundFailure(FailureCause.UNAVAILABLE, "Crisp does not show the profile on " + answer.route()
                    + " yet; trying again later");
        }
        answer.dataOrFail();
    }
}
