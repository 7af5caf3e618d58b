package app.richcontact.adapters.crisprest.directory;

import app.richcontact.adapters.crisprest.client.CrispAnswer;
import app.richcontact.adapters.crisprest.client.CrispCall;
import app.richcontact.adapters.crisprest.client.CrispClient;
import app.richcontact.adapters.crisprest.client.Priority;
import app.richcontact.adapters.crisprest.wire.ConversationJson;
import app.richcontact.adapters.crisprest.wire.CrmWireMapping;
import app.richcontact.application.port.out.ConversationDirectory;
import app.richcontact.application.port.out.ConversationPage;
import app.richcontact.application.port.out.ConversationSnapshot;
import app.richcontact.application.port.out.ConversationSummary;
import app.richcontact.domain.EmailAddress;
import app.richcontact.domain.SessionId;
import app.richcontact.domain.VisitorDetails;
import app.richcontact.domain.WebsiteId;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Conversations over Crisp's REST API: the snapshot is one {@code GET} of the conversation (meta
 * and linked profile together); the catch-up listing is optional work.
 */
public final class CrispConversationDirectory implements ConversationDirectory {

    static final String CONVERSATION = "website/{website_id}/conversation/{session_id}";
    static final String META = "website/{website_id}/conversation/{session_id}/meta";
    static final String CONVERSATIONS = "website/{website_id}/conversations/{page}";
    static final int PAGE_SIZE = 50;
    /**
     * Crisp's smallest page size. A page shorter than this is surely the last one, whatever
     * page size Crisp really applied; a longer one may not be, so the next page is asked for.
     */
    static final int SMALLEST_PAGE = 20;

    private final CrispClient client;
    private final CrmWireMapping wire;

    public CrispConversationDirectory(CrispClient client, CrmWireMapping wire) {
        this.client = client;
        this.wire = wire;
    }

    @Override
    public ConversationSnapshot snapshot(WebsiteId website, SessionId session) {
        CrispAnswer answer = client.send(CrispCall.of("GET", CONVERSATION, Priority.ESSENTIAL,
                website.value(), session.value()));
        if (answer.notFound()) {
            return new ConversationSnapshot(VisitorDetails.NONE, null);
        }
        return ConversationJson.snapshot(answer.dataOrFail());
    }

    @Override
    public void attach(WebsiteId website, SessionId session, EmailAddress email) {
        CrispAnswer answer = client.send(CrispCall.of("PATCH", META, Priority.FOLLOW_UP,
                website.value(), session.value()).withBody(wire.metaEmailBody(email)));
        if (!answer.notFound()) {
            answer.dataOrFail();
        }
    }

    @Override
    public ConversationPage createdBetween(WebsiteId website, Instant from, Instant until, int page) {
        JsonNode items = client.send(CrispCall.of("GET", CONVERSATIONS, Priority.OPTIONAL,
                        website.value(), Integer.toString(page))
                .withQuery("per_page", Integer.toString(PAGE_SIZE))
                .withQuery("order_date_created", "1")
                .withQuery("filter_date_start", from.toString())
                .withQuery("filter_date_end", until.toString())).dataOrFail();
        if (!items.isArray()) {
            return new ConversationPage(List.of(), false);
        }
        List<ConversationSummary> summaries = new ArrayList<>(items.size());
        items.forEach(item -> ConversationJson.summary(item).ifPresent(summaries::add));
        return new ConversationPage(summaries, items.size() >= SMALLEST_PAGE);
    }
}
