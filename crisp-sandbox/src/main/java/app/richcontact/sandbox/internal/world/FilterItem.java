package app.richcontact.sandbox.internal.world;

import java.util.List;

/** One item of a Crisp {@code search_filter} array: {@code {model, criterion, operator, query[]}}. */
public record FilterItem(String model, String criterion, String operator, List<String> query) {

    public FilterItem {
        query = List.copyOf(query);
    }
}
