/**
 * Start-up data: the system clients (gateway, platform operator) on every start, the demo
 * tenant with its users and partner client on a first dev start, and the guard that
 * refuses development settings under the {@code prod} profile.
 */
package io.sentia.auth.bootstrap;
