package io.sentia.auth.admin;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/**
 * An ADMIN's request for a partner client of their tenant.
 *
 * @param name what the partner system is, e.g. "Warehouse BI"
 * @param scopes the scopes it may request, from the partner catalogue
 */
public record NewPartnerClient(@NotBlank @Size(max = 200) String name,
		@NotEmpty @Size(max = 6) Set<@NotBlank String> scopes) {

}
