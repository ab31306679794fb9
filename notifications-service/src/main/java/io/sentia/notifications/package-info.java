/**
 * Notifications: decides from alerts, syncs, suggestions and account mail who hears about
 * what ({@code decisions}, by {@code rules}, to {@code members} of {@code tenants}),
 * delivers through an outbox ({@code outbox}) to the channels ({@code channels},
 * {@code feed}), and escalates what nobody acknowledged ({@code escalation}).
 */
package io.sentia.notifications;
