package app.richcontact.application.installation;

import app.richcontact.application.port.in.VerifyWebsiteTokenUseCase;
import app.richcontact.application.port.out.OutboundFailure;
import app.richcontact.domain.Installation;
import app.richcontact.domain.WebsiteId;
import java.util.Optional;

/**
 * Compares a presented token with the installation's, in constant time. The request comes from
 * the open web, so a website not in memory is looked up only within the process-wide allowance.
 * A token that does not match a known website may be a new one from a reinstall we did not hear
 * of: the website is re-read once, at a rate bounded per website, before the token is refused.
 */
public final class VerifyWebsiteTokenService implements VerifyWebsiteTokenUseCase {

    private final InstallationCache cache;

    public VerifyWebsiteTokenService(InstallationCache cache) {
        this.cache = cache;
    }

    @Override
    public TokenVerdict verify(WebsiteId website, String presentedToken) {
        Optional<Installation> known = cache.resolveUntrusted(website);
        if (known.isEmpty()) {
            return TokenVerdict.NOT_INSTALLED;
        }
        if (known.get().token().matches(presentedToken)) {
            return TokenVerdict.VALID;
        }
        Optional<Installation> now;
        try {
            now = cache.recheckUntrusted(website);
        } catch (OutboundFailure crispFailed) {
            // The token did not match what we know; a failed re-read changes nothing.
            return TokenVerdict.WRONG_TOKEN;
        }
        return now.isPresent() && now.get().token().matches(presentedToken) ? TokenVerdict.VALID : TokenVerdict.WRONG_TOKEN;
    }
}
