package org.zhongben.portal.accounts;

import java.net.URI;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.zhongben.portal.common.error.PortalException;
import org.zhongben.portal.common.web.PageContext;
import org.zhongben.portal.common.web.UrlPaths;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;

/** The sign-in page: case number + query code, or an account; and sign-out. Works without JavaScript. */
@Path("/")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class LoginPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(PageContext page, LoginForm form);
    }

    /** What the page shows back after a failed attempt (never the secret fields). */
    public record LoginForm(String caseNumber, String email, String caseError, String accountError, String next,
            boolean signedOut) {

        static LoginForm empty(String next, boolean signedOut) {
            return new LoginForm("", "", null, null, next, signedOut);
        }
    }

    private final CaseLoginService caseLogin;
    private final AccountService accounts;
    private final SessionService sessions;
    private final PageContexts pages;
    private final CurrentViewer viewer;

    LoginPage(CaseLoginService caseLogin, AccountService accounts, SessionService sessions, PageContexts pages,
            CurrentViewer viewer) {
        this.caseLogin = caseLogin;
        this.accounts = accounts;
        this.sessions = sessions;
        this.pages = pages;
        this.viewer = viewer;
    }

    @GET
    @Path("login")
    public Uni<TemplateInstance> login(@RestQuery String next, @RestQuery("out") boolean signedOut) {
        return viewer.resolve().map(who -> Templates.login(pages.current(who),
                LoginForm.empty(PageContexts.safeLocalPath(next, ""), signedOut)).setLocale(pages.locale()));
    }

    @POST
    @Path("login/case")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> caseLogin(@RestForm String caseNumber, @RestForm String queryCode, @RestForm String next) {
        return viewer.resolve().chain(who -> caseLogin.prove(caseNumber, queryCode, who.clientAddress())
                .call(party -> caseLogin.audit(party, who.clientAddress()))
                .chain(party -> sessions.forParty(party.partyId(), CaseLoginService.roleOf(party.role()), party.name())
                        .map(session -> Response.seeOther(URI.create(PageContexts.safeLocalPath(next,
                                "/cases/" + UrlPaths.segment(party.caseNumber()))))
                                .cookie(sessions.cookie(session)).build()))
                .onFailure(PortalException.class).recoverWithItem(failure -> refused(failure, who,
                        new LoginForm(caseNumber, "", failure.error().label(pages.locale()), null, next, false))));
    }

    @POST
    @Path("login/account")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> accountLogin(@RestForm String email, @RestForm String password, @RestForm String next) {
        return viewer.resolve().chain(who -> accounts.signIn(email, password, who.clientAddress())
                .map(session -> Response.seeOther(URI.create(session.pendingSecondFactor()
                        ? SecondFactorPage.path(PageContexts.safeLocalPath(next, ""))
                        : PageContexts.safeLocalPath(next, "/cases")))
                        .cookie(sessions.cookie(session)).build())
                .onFailure(PortalException.class).recoverWithItem(failure -> refused(failure, who,
                        new LoginForm("", email, null, failure.error().label(pages.locale()), next, false))));
    }

    @POST
    @Path("logout")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> logout() {
        return viewer.resolve().chain(sessions::revoke)
                .map(ignored -> Response.seeOther(URI.create("/login?out=true")).cookie(sessions.clearedCookie()).build());
    }

    private Response refused(PortalException failure, Viewer who, LoginForm form) {
        Response.ResponseBuilder answer = Response.status(failure.error().status())
                .entity(Templates.login(pages.current(who), form).setLocale(pages.locale()));
        if (failure.retryAfterSeconds() != null) {
            answer.header("Retry-After", failure.retryAfterSeconds());
        }
        return answer.build();
    }
}
