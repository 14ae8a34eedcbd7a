package org.zhongben.portal.guides;

import java.net.URI;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestQuery;
import org.zhongben.portal.common.i18n.Languages;
import org.zhongben.portal.common.i18n.RequestLanguage;

/** The language switch: remembers the choice in a cookie for a year and returns to the page the user was on. */
@Path("/language")
@PermitAll
public class LanguageSwitch {

    @GET
    public Response choose(@RestQuery String lang, @RestQuery("return") String returnTo) {
        String chosen = Languages.isEnglish(Languages.resolve(lang)) ? "en" : "zh";
        NewCookie cookie = new NewCookie.Builder(RequestLanguage.COOKIE).value(chosen).path("/").maxAge(365 * 24 * 3600)
                .sameSite(NewCookie.SameSite.LAX).build();
        return Response.seeOther(URI.create(localPath(returnTo))).cookie(cookie).build();
    }

    /** Only paths of this site, so the switch cannot be used as an open redirect. */
    static String localPath(String path) {
        if (path == null || !path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")
                || path.contains("\r") || path.contains("\n")) {
            return "/";
        }
        return path;
    }
}
