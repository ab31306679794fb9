/**
 * Password reset and first password: single-use, expiring tokens stored only as hashes,
 * "delivered" as a log line until notifications-service sends mail, and the password
 * rules a new password must meet.
 */
package io.sentia.auth.reset;
