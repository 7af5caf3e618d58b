package app.richcontact.application.installation;

import app.richcontact.application.port.in.VerifyWebsiteTokenUseCase;
import app.richcontact.domain.WebsiteId;

/**
 * Compares a presented token with the installation's, in constant time. The request comes from
 * the open web, so a website not in memory is looked up only within the process-wide allowance.
 */
public final class VerifyWebsiteTokenService implements VerifyWebsiteTokenUseCase {

    private final InstallationCache cache;

    public VerifyWebsiteTokenService(InstallationCache cache) {
        this.cache = cache;
    }

    @Override
    public TokenVerdict verify(WebsiteId website, String presentedToken) {
        return cache.resolveUntrusted(website)
                .map(installation -> installation.token().matches(presentedToken)
                        ? TokenVerdict.VALID : TokenVerdict.WRONG_TOKEN)
                .orElse(TokenVerdict.NOT_INSTALLED);
    }
}
