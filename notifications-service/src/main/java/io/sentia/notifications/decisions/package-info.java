/**
 * Decisions: what the consumed events mean (an alert episode opening or clearing, a sync
 * failing, a suggestion waiting for approval, account mail), who hears about it by the
 * tenant's rules, and the notifications and outbox deliveries that follow, written in the
 * transaction that records the event as processed. Also acknowledgement.
 */
package io.sentia.notifications.decisions;
