/**
 * Invitations into a tenant: an ADMIN invites a person by e-mail, and the person becomes
 * a member only when they accept, with the link mailed to them or signed in.
 */
package io.sentia.auth.invitation;
