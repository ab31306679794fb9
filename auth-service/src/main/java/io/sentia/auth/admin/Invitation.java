package io.sentia.auth.admin;

import io.sentia.servicekit.security.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An ADMIN's invitation of someone into their tenant.
 *
 * @param email the person's e-mail address
 * @param name their display name (kept as it is if they already have an account)
 * @param role their role in the tenant
 */
public record Invitation(@NotBlank @Email @Size(max = 320) String email, @NotBlank @Size(max = 200) String name,
		@NotNull Role role) {

}
