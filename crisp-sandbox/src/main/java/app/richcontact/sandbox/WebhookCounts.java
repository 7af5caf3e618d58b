package app.richcontact.sandbox;

/**
 * Web hook delivery counters since start.
 *
 * @param events events handed to the deliverer
 * @param attempts HTTP POSTs sent, retries included
 * @param delivered events the target answered with a 2xx
 * @param abandoned events that ran out of attempts
 */
public record WebhookCounts(long events, long attempts, long delivered, long abandoned) {
}
