/**
 * Alert rules, routing and delivery. Today only the application shell runs (registered,
 * healthy, migrated); the notifications issue builds the rest.
 */
package io.sentia.notifications;
