package org.zhongben.portal.accounts;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;

/**
 * Sign-in for API clients and scripts: the answer carries the token (use it as a bearer token) and also sets the
 * session cookie, so a browser page calling this API is signed in too.
 */
@Path("/api/v1/auth")
@Tag(name = "Sign-in")
@PermitAll
public class AuthResource {

    private final CaseLoginService caseLogin;
    private final AccountService accounts;
    private final SessionService sessions;
    private final SecondFactor secondFactor;
    private final CurrentViewer viewer;

    AuthResource(CaseLoginService caseLogin, AccountService accounts, SessionService sessions, SecondFactor secondFactor,
            CurrentViewer viewer) {
        this.caseLogin = caseLogin;
        this.accounts = accounts;
        this.sessions = sessions;
        this.secondFactor = secondFactor;
        this.viewer = viewer;
    }

    public record CaseLoginRequest(@NotBlank @Size(max = 60) String caseNumber, @NotBlank @Size(max = 40) String queryCode) {
    }

    public record SignInRequest(@NotBlank @Size(max = 254) String email, @NotBlank @Size(max = 200) String password) {
    }

    public record SessionResponse(String accessToken, String tokenType, long expiresIn, String caseNumber, String role) {
    }

    public record SecondFactorCode(@NotBlank @Size(max = 20) String code) {
    }

    public record EnrolmentResponse(String secret, String otpauthUri) {
    }

    public record EnrolledResponse(List<String> recoveryCodes, String accessToken, String tokenType, long expiresIn,
            String role) {
    }

    @POST
    @Path("/case-login")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open one case with its case number and query code (查询码)", description = "Grants that "
            + "party's view of that one case. After 5 wrong codes for a case number, or 20 from one address, within "
            + "15 minutes, attempts are refused with 429 and Retry-After. Wrong number and wrong code answer the same.")
    public Uni<Response> caseLogin(@Valid @NotNull CaseLoginRequest request) {
        return viewer.resolve().chain(who -> caseLogin.prove(request.caseNumber(), request.queryCode(), who.clientAddress())
                .chain(party -> caseLogin.audit(party, who.clientAddress())
                        .chain(() -> sessions.forParty(party.partyId(), CaseLoginService.roleOf(party.role()), party.name()))
                        .map(session -> signedIn(session, party.caseNumber(), CaseLoginService.roleOf(party.role())))));
    }

    @POST
    @Path("/sign-in")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sign in with an account", description = "E-mail and password; the address must be confirmed. "
            + "Court staff (clerk, supervisor) get a 10-minute session with the role `second-factor-pending`, good only "
            + "for the second-factor endpoints below; the staff role comes with the code from their authenticator app.")
    public Uni<Response> signIn(@Valid @NotNull SignInRequest request) {
        return viewer.resolve().chain(who -> accounts.signIn(request.email(), request.password(), who.clientAddress()))
                .map(session -> signedIn(session, null, session.role()));
    }

    @POST
    @Path("/second-factor/enrolment")
    @RolesAllowed(Roles.STAFF_PENDING)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start enrolling an authenticator app (staff)", description = "Answers the TOTP secret (Base32) "
            + "and its otpauth URI; the same secret until the enrolment is confirmed. 409 when one is enrolled already.")
    public Uni<EnrolmentResponse> startEnrolment() {
        return viewer.resolve().chain(secondFactor::enrolment)
                .map(enrolment -> new EnrolmentResponse(enrolment.secret(), enrolment.uri()));
    }

    @POST
    @Path("/second-factor/enrolment/confirm")
    @RolesAllowed(Roles.STAFF_PENDING)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Confirm the enrolment with a first code (staff)", description = "Switches the second factor "
            + "on, answers ten single-use recovery codes (shown only now) and the staff session.")
    public Uni<Response> confirmEnrolment(@Valid @NotNull SecondFactorCode request) {
        return viewer.resolve().chain(who -> secondFactor.confirm(who, request.code())
                .map(enrolled -> Response.ok(new EnrolledResponse(
                        enrolled.recoveryCodes().stream().map(SecondFactor::display).toList(),
                        enrolled.session().token(), "Bearer", enrolled.session().expiresIn(), enrolled.session().role()))
                        .cookie(sessions.cookie(enrolled.session())).build()));
    }

    @POST
    @Path("/second-factor")
    @RolesAllowed(Roles.STAFF_PENDING)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Enter the second factor (staff)", description = "The 6-digit code of the authenticator app, "
            + "or an unused recovery code. Each code works once; 5 wrong codes in 15 minutes answer 429 with Retry-After.")
    public Uni<Response> verifySecondFactor(@Valid @NotNull SecondFactorCode request) {
        return viewer.resolve().chain(who -> secondFactor.verify(who, request.code())
                .map(session -> signedIn(session, null, session.role())));
    }

    @POST
    @Path("/logout")
    @Operation(summary = "End the session", description = "The token is refused from now on, and the cookie cleared.")
    public Uni<Response> logout() {
        return viewer.resolve().chain(sessions::revoke)
                .map(ignored -> Response.noContent().cookie(sessions.clearedCookie()).build());
    }

    /** The session as the API answers it: the token in the body for API clients, and the cookie for pages. */
    private Response signedIn(SessionService.Session session, String caseNumber, String role) {
        return Response.ok(new SessionResponse(session.token(), "Bearer", session.expiresIn(), caseNumber, role))
                .cookie(sessions.cookie(session)).build();
    }
}
