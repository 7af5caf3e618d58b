package app.richcontact.sandbox.internal.rest;

/** Serves one REST route; throws {@link ApiError} for error answers. */
@FunctionalInterface
interface RouteHandler {

    ApiReply handle(ApiRequest request);
}
