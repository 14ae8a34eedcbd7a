package org.zhongben.portal.accounts;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zhongben.portal.common.error.PortalException;
import org.zhongben.portal.common.i18n.RequestLanguage;

import io.smallrye.mutiny.Uni;

/** Creditor accounts over the API: registration, confirmation, password reset, linking cases. */
@Path("/api/v1/accounts")
@Tag(name = "Accounts")
public class AccountResource {

    private final AccountService accounts;
    private final CurrentViewer viewer;

    AccountResource(AccountService accounts, CurrentViewer viewer) {
        this.accounts = accounts;
        this.viewer = viewer;
    }

    public record RegistrationRequest(@NotBlank @Email @Size(max = 254) String email,
            @NotBlank @Size(min = AccountService.MIN_PASSWORD, max = AccountService.MAX_PASSWORD) String password,
            @NotBlank @Size(max = 100) String displayName, @NotNull Account.Kind kind) {
    }

    public record TokenRequest(@NotBlank @Size(max = 100) String token) {
    }

    public record ResetRequest(@NotBlank @Email @Size(max = 254) String email) {
    }

    public record NewPasswordRequest(@NotBlank @Size(max = 100) String token,
            @NotBlank @Size(min = AccountService.MIN_PASSWORD, max = AccountService.MAX_PASSWORD) String password) {
    }

    public record LinkRequest(@NotBlank @Size(max = 60) String caseNumber, @NotBlank @Size(max = 40) String queryCode) {
    }

    public record Linked(String caseNumber, String role) {
    }

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a creditor account", description = "Answers 202 and mails a confirmation link. "
            + "An address that is already registered gets a different mail; the answer is the same.")
    public Uni<Response> register(@Valid @NotNull RegistrationRequest request, HttpHeaders headers) {
        return viewer.resolve().chain(who -> accounts.register(new AccountService.Registration(request.email(),
                request.password(), request.displayName(), request.kind()), RequestLanguage.of(headers),
                who.clientAddress())).map(ignored -> Response.accepted().build());
    }

    @POST
    @Path("/confirmations")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Confirm an e-mail address with the token from the confirmation mail")
    public Uni<Response> confirm(@Valid @NotNull TokenRequest request) {
        return accounts.confirm(request.token()).map(confirmed -> {
            if (!confirmed) {
                throw new PortalException(AccountsError.LINK_INVALID);
            }
            return Response.noContent().build();
        });
    }

    @POST
    @Path("/password-reset-requests")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask for a password-reset link", description = "Always 202; a link is mailed if the address "
            + "is registered.")
    public Uni<Response> requestReset(@Valid @NotNull ResetRequest request, HttpHeaders headers) {
        return viewer.resolve().chain(who -> accounts.requestPasswordReset(request.email(), RequestLanguage.of(headers),
                who.clientAddress())).map(ignored -> Response.accepted().build());
    }

    @POST
    @Path("/password-resets")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set a new password with the token from the reset mail", description = "Ends every "
            + "existing session of the account.")
    public Uni<Response> reset(@Valid @NotNull NewPasswordRequest request) {
        return accounts.resetPassword(request.token(), request.password()).map(ignored -> Response.noContent().build());
    }

    @POST
    @Path("/me/cases")
    @RolesAllowed(Roles.CREDITOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Link a case to the signed-in account", description = "With the case number and the query "
            + "code from the court's notice; throttled like a one-case sign-in.")
    public Uni<Response> link(@Valid @NotNull LinkRequest request) {
        return viewer.resolve().chain(who -> {
            if (who.kind() != Viewer.Kind.ACCOUNT) {
                throw new PortalException(org.zhongben.portal.common.error.CommonError.FORBIDDEN);
            }
            return accounts.linkCase(who, request.caseNumber(), request.queryCode());
        }).map(party -> Response.status(201).entity(new Linked(party.caseNumber(),
                CaseLoginService.roleOf(party.role()))).build());
    }
}
