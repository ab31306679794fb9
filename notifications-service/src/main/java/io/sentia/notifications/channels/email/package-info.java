/**
 * The e-mail channel: alert and account mail rendered from templates as HTML and plain
 * text alternatives, sent over SMTP.
 */
package io.sentia.notifications.channels.email;
