/**
 * The platform operator's API ({@code /api/auth/v1/platform/**}): creating tenants and
 * rotating the signing key, for tokens with scope {@code platform.admin} only.
 */
package io.sentia.auth.platform;
