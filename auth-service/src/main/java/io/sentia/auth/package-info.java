/**
 * Identity for Sentia: tenants, users and roles, the OAuth2/OIDC provider every service
 * and the gateway trust, partner clients, and the audit log. One package per feature.
 */
package io.sentia.auth;
