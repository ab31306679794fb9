/**
 * The web app (the {@code web} module's build, on the classpath under
 * {@code sentia-web/}) served at {@code /}: hashed assets cached for a year,
 * {@code index.html} never cached, and client-side routes answered with
 * {@code index.html}.
 */
package io.sentia.gateway.webapp;
