package org.zhongben.portal.accounts;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The browser session: the portal's token in a cookie. */
@ConfigMapping(prefix = "portal.session")
public interface SessionConfig {

    /** Name of the HttpOnly cookie carrying the session token (also read by smallrye-jwt). */
    @WithDefault("portal_session")
    String cookieName();

    /** Secure cookies are only sent over HTTPS; turn off only for plain-http local runs. */
    @WithDefault("true")
    boolean secureCookie();

    /** How long a session token lives. */
    @WithDefault("PT30M")
    Duration lifetime();

    /** A request made when less than this is left gets a fresh token, so active users stay signed in. */
    @WithDefault("PT15M")
    Duration renewWhenRemaining();
}
