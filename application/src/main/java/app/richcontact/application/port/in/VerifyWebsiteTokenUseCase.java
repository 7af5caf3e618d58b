package app.richcontact.application.port.in;

import app.richcontact.domain.WebsiteId;

/**
 * Checks that a request for a website's settings carries that website's token, in constant
 * time. A website not seen yet costs one lookup in Crisp (it may have installed seconds ago).
 */
@FunctionalInterface
public interface VerifyWebsiteTokenUseCase {

    /** @throws UseCaseFailure when a website not seen yet cannot be looked up in Crisp */
    TokenVerdict verify(WebsiteId website, String presentedToken);

    /** The answer to a token check. */
    enum TokenVerdict {
        VALID, WRONG_TOKEN, NOT_INSTALLED
    }
}
