/**
 * The tenant administration API for ADMINs: members (invite, change role, deactivate,
 * with the last-admin guard) and partner clients (create, rotate the secret, revoke),
 * always within the caller's own tenant and always audited.
 */
package io.sentia.auth.admin;
