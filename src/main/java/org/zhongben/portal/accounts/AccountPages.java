package org.zhongben.portal.accounts;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

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

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;

/** Registration, e-mail confirmation and password reset, as plain HTML forms. */
@Path("/")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class AccountPages {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance register(PageContext page, RegisterForm form, Map<String, String> errors,
                int minPassword);

        static native TemplateInstance forgot(PageContext page, String email, Map<String, String> errors);

        static native TemplateInstance reset(PageContext page, String token, Map<String, String> errors,
                int minPassword);

        /** A short outcome page: "check your mail", "confirmed", "link invalid", "password changed". */
        static native TemplateInstance outcome(PageContext page, String title, String text, boolean success,
                boolean offerSignIn);
    }

    public record RegisterForm(String email, String displayName, String kind, String lawFirm, String licenceNumber) {

        RegisterForm(String email, String displayName, String kind) {
            this(email, displayName, kind, "", "");
        }
    }

    private final AccountService accounts;
    private final PageContexts pages;
    private final CurrentViewer viewer;

    AccountPages(AccountService accounts, PageContexts pages, CurrentViewer viewer) {
        this.accounts = accounts;
        this.pages = pages;
        this.viewer = viewer;
    }

    @GET
    @Path("register")
    public Uni<TemplateInstance> registerForm() {
        return viewer.resolve().map(who -> Templates.register(pages.current(who), new RegisterForm("", "", "PERSON"),
                Map.of(), AccountService.MIN_PASSWORD).setLocale(pages.locale()));
    }

    @POST
    @Path("register")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> register(@RestForm String email, @RestForm String password, @RestForm String displayName,
            @RestForm String kind, @RestForm String lawFirm, @RestForm String licenceNumber) {
        return viewer.resolve()
                .chain(who -> register(who, email, password, displayName, kind, lawFirm, licenceNumber));
    }

    private Uni<Response> register(Viewer who, String email, String password, String displayName, String kind,
            String lawFirm, String licenceNumber) {
        Locale locale = pages.locale();
        Map<String, String> errors = new LinkedHashMap<>();
        if (email == null || email.length() > 254 || !EMAIL.matcher(email.strip()).matches()) {
            errors.put("email", text(locale).emailInvalid());
        }
        if (password == null || password.length() < AccountService.MIN_PASSWORD
                || password.length() > AccountService.MAX_PASSWORD) {
            errors.put("password", text(locale).passwordTooShort(AccountService.MIN_PASSWORD));
        }
        if (displayName == null || displayName.isBlank() || displayName.length() > 100) {
            errors.put("displayName", text(locale).fieldRequired());
        }
        Account.Kind accountKind = "ORGANISATION".equals(kind) ? Account.Kind.ORGANISATION : Account.Kind.PERSON;
        boolean lawyer = "LAWYER".equals(kind);
        String licence = LicenceNumber.parse(licenceNumber).orElse(null);
        if (lawyer && (lawFirm == null || lawFirm.isBlank() || lawFirm.length() > 100)) {
            errors.put("lawFirm", text(locale).fieldRequired());
        }
        if (lawyer && licence == null) {
            errors.put("licenceNumber", text(locale).licenceInvalid());
        }
        RegisterForm form = new RegisterForm(email, displayName, lawyer ? "LAWYER" : accountKind.name(),
                lawFirm == null ? "" : lawFirm, licenceNumber == null ? "" : licenceNumber);
        if (!errors.isEmpty()) {
            return Uni.createFrom().item(Response.status(400).entity(Templates.register(pages.current(who), form, errors,
                    AccountService.MIN_PASSWORD).setLocale(locale)).build());
        }
        return accounts.register(new AccountService.Registration(email, password, displayName,
                lawyer ? Account.Kind.PERSON : accountKind, lawyer, lawFirm, licence), locale, who.clientAddress())
                .map(ignored -> Response.ok(outcome(who, text(locale).checkMailTitle(),
                        text(locale).checkMailRegistered(), true, false)).build())
                .onFailure(PortalException.class).recoverWithItem(failure -> tooMany(who, failure, locale));
    }

    @GET
    @Path("account/confirm")
    public Uni<TemplateInstance> confirm(@RestQuery String token) {
        Locale locale = pages.locale();
        return viewer.resolve().chain(who -> accounts.confirm(token).map(confirmed -> confirmed
                ? outcome(who, text(locale).confirmedTitle(), text(locale).confirmedText(), true, true)
                : outcome(who, text(locale).linkInvalidTitle(), text(locale).linkInvalidText(), false, false)));
    }

    @GET
    @Path("password/forgot")
    public Uni<TemplateInstance> forgotForm() {
        return viewer.resolve().map(who -> Templates.forgot(pages.current(who), "", Map.of()).setLocale(pages.locale()));
    }

    @POST
    @Path("password/forgot")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> forgot(@RestForm String email) {
        Locale locale = pages.locale();
        return viewer.resolve().chain(who -> {
            if (email == null || email.length() > 254 || !EMAIL.matcher(email.strip()).matches()) {
                return Uni.createFrom().item(Response.status(400).entity(Templates.forgot(pages.current(who), email,
                        Map.of("email", text(locale).emailInvalid())).setLocale(locale)).build());
            }
            return accounts.requestPasswordReset(email, locale, who.clientAddress())
                    .map(ignored -> Response.ok(outcome(who, text(locale).checkMailTitle(), text(locale).checkMailReset(),
                            true, false)).build())
                    .onFailure(PortalException.class).recoverWithItem(failure -> tooMany(who, failure, locale));
        });
    }

    @GET
    @Path("password/reset")
    public Uni<TemplateInstance> resetForm(@RestQuery String token) {
        return viewer.resolve().map(who -> Templates.reset(pages.current(who), token == null ? "" : token, Map.of(),
                AccountService.MIN_PASSWORD).setLocale(pages.locale()));
    }

    @POST
    @Path("password/reset")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> reset(@RestForm String token, @RestForm String password) {
        Locale locale = pages.locale();
        return viewer.resolve().chain(who -> {
            if (password == null || password.length() < AccountService.MIN_PASSWORD
                    || password.length() > AccountService.MAX_PASSWORD) {
                return Uni.createFrom().item(Response.status(400).entity(Templates.reset(pages.current(who), token,
                        Map.of("password", text(locale).passwordTooShort(AccountService.MIN_PASSWORD)),
                        AccountService.MIN_PASSWORD).setLocale(locale)).build());
            }
            return accounts.resetPassword(token, password)
                    .map(ignored -> Response.ok(outcome(who, text(locale).resetTitle(), text(locale).passwordChanged(),
                            true, true)).build())
                    .onFailure(PortalException.class).recoverWithItem(failure -> Response.status(400)
                            .entity(outcome(who, text(locale).linkInvalidTitle(), text(locale).linkInvalidText(), false,
                                    false))
                            .build());
        });
    }

    private Response tooMany(Viewer who, PortalException failure, Locale locale) {
        Response.ResponseBuilder answer = Response.status(failure.error().status())
                .entity(outcome(who, failure.error().label(locale), null, false, false));
        if (failure.retryAfterSeconds() != null) {
            answer.header("Retry-After", failure.retryAfterSeconds());
        }
        return answer.build();
    }

    private TemplateInstance outcome(Viewer who, String title, String text, boolean success, boolean offerSignIn) {
        return Templates.outcome(pages.current(who), title, text, success, offerSignIn).setLocale(pages.locale());
    }

    /** Messages in the page's language (the injected bundle answers in the default language). */
    private AuthMessages text(Locale locale) {
        return io.quarkus.qute.i18n.MessageBundles.get(AuthMessages.class,
                io.quarkus.qute.i18n.Localized.Literal.of(locale.toLanguageTag()));
    }

}
