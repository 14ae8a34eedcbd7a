package org.zhongben.portal.accounts;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
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

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;

/**
 * The second step of a staff sign-in, as plain HTML forms: the first time, enrol an authenticator app by QR code (or
 * by typing the secret) and keep the recovery codes; afterwards, enter the app's code or a recovery code. Only a
 * pending staff session (right password, no code yet) reaches these pages.
 */
@Path("/login/second-factor")
@RolesAllowed(Roles.STAFF_PENDING)
@Produces(MediaType.TEXT_HTML)
public class SecondFactorPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance enrol(PageContext page, SecondFactor.Enrolment enrolment, String next,
                String error);

        static native TemplateInstance verify(PageContext page, String next, String error);

        static native TemplateInstance recovery(PageContext page, List<String> codes, String next);
    }

    private final SecondFactor secondFactor;
    private final SessionService sessions;
    private final PageContexts pages;
    private final CurrentViewer viewer;

    SecondFactorPage(SecondFactor secondFactor, SessionService sessions, PageContexts pages, CurrentViewer viewer) {
        this.secondFactor = secondFactor;
        this.sessions = sessions;
        this.pages = pages;
        this.viewer = viewer;
    }

    /** Where a pending staff session goes after the password, keeping the page asked for. */
    static String path(String next) {
        return next == null || next.isEmpty() ? "/login/second-factor"
                : "/login/second-factor?next=" + java.net.URLEncoder.encode(next, java.nio.charset.StandardCharsets.UTF_8);
    }

    @GET
    public Uni<TemplateInstance> form(@RestQuery String next) {
        String target = PageContexts.safeLocalPath(next, "");
        return viewer.resolve().chain(who -> secondFactor.mustEnrol(who).chain(enrol -> enrol
                ? secondFactor.enrolment(who).map(enrolment -> Templates.enrol(pages.current(who), enrolment, target, null))
                : Uni.createFrom().item(Templates.verify(pages.current(who), target, null))))
                .map(page -> page.setLocale(pages.locale()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> verify(@RestForm String code, @RestForm String next) {
        String target = PageContexts.safeLocalPath(next, "");
        return viewer.resolve().chain(who -> secondFactor.verify(who, code)
                .map(session -> Response.seeOther(URI.create(target.isEmpty() ? "/cases" : target))
                        .cookie(sessions.cookie(session)).build())
                .onFailure(PortalException.class).recoverWithItem(failure -> refused(failure,
                        Templates.verify(pages.current(who), target, failure.error().label(pages.locale())))));
    }

    @POST
    @Path("enrol")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> enrol(@RestForm String code, @RestForm String next) {
        String target = PageContexts.safeLocalPath(next, "");
        return viewer.resolve().chain(who -> secondFactor.confirm(who, code)
                .map(enrolled -> Response.ok(Templates.recovery(pages.current(who),
                        enrolled.recoveryCodes().stream().map(SecondFactor::display).toList(),
                        target.isEmpty() ? "/cases" : target).setLocale(pages.locale()))
                        .cookie(sessions.cookie(enrolled.session())).build())
                .onFailure(PortalException.class).recoverWithUni(failure -> secondFactor.enrolment(who)
                        .map(enrolment -> refused(failure, Templates.enrol(pages.current(who), enrolment, target,
                                failure.error().label(pages.locale()))))
                        .onFailure(PortalException.class).recoverWithItem(again -> refused(again,
                                Templates.verify(pages.current(who), target, again.error().label(pages.locale()))))));
    }

    private Response refused(PortalException failure, TemplateInstance page) {
        Response.ResponseBuilder answer = Response.status(failure.error().status()).entity(page.setLocale(pages.locale()));
        if (failure.retryAfterSeconds() != null) {
            answer.header("Retry-After", failure.retryAfterSeconds());
        }
        return answer.build();
    }
}
