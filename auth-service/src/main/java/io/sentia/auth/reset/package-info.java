/**
 * Password reset and first password: single-use, expiring tokens stored only as hashes,
 * mailed by notifications-service (requested through {@code io.sentia.auth.accountmail}),
 * and the password rules a new password must meet.
 */
package io.sentia.auth.reset;
