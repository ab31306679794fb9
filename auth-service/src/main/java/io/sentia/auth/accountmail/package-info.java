/**
 * Account mail (invitations, password resets, second-factor changes) requested from
 * notifications-service as {@code AccountMailRequested} events on
 * {@code auth.account-mail.v1}, through the outbox in the transaction that issues the
 * token. auth-service renders and sends no mail, and never logs a link.
 */
package io.sentia.auth.accountmail;
