/**
 * The in-app feed: the {@code IN_APP} channel's sender writes one item per delivery for
 * its user; users list, read and acknowledge their items, and a Server-Sent Events stream
 * pushes new items and the unread count as they arrive.
 */
package io.sentia.notifications.feed;
