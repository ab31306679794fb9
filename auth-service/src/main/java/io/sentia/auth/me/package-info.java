/**
 * The signed-in user's own view: who they are, their tenants and roles, and the choice of
 * the tenant their next tokens act in.
 */
package io.sentia.auth.me;
