/**
 * Routing rules per tenant: which kinds and severities go to which roles, users and
 * channels, with thresholds, reminders, escalation, quiet hours and digests; the defaults
 * a new tenant starts with; and the API ADMINs and MANAGERs edit them through.
 */
package io.sentia.notifications.rules;
