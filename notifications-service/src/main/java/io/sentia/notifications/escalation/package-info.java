/**
 * The schedule of follow-ups: reminders while an episode is open, escalation of critical
 * notifications nobody acknowledged, and the daily digest.
 */
package io.sentia.notifications.escalation;
