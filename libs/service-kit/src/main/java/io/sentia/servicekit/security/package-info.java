/**
 * Every service as an OAuth2 resource server: RS256 access tokens from the auth-service
 * verified against its JWK set ({@code sentia.security.*}),
 * {@link io.sentia.servicekit.security.Access} on each handler under {@code /api/**}
 * (fail closed), and 401/403 as problem+json.
 * <p>
 * The kit's {@code SecurityFilterChain} has no request matcher and is ordered
 * {@link io.sentia.servicekit.security.ResourceServerAutoConfiguration#FILTER_CHAIN_ORDER}
 * (late), so a service may declare its own higher-precedence chains for other paths (the
 * auth-service does for its OAuth2 endpoints and login pages) and keep this one for its
 * {@code /api/**}. The {@code JwtDecoder}, {@code TenantContext} and
 * {@code RoleHierarchy} beans back off if the service declares its own.
 */
package io.sentia.servicekit.security;
