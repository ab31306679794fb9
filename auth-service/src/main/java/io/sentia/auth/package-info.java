/**
 * Identity for Sentia: tenants, users, roles and the OAuth2/OIDC provider. Today only the
 * application shell runs (registered, healthy, migrated); the identity issue builds the
 * rest.
 */
package io.sentia.auth;
