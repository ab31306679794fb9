/**
 * What the gateway refuses to start with under the {@code prod} profile: development
 * secrets and settings that are only safe on a developer's machine.
 */
package io.sentia.gateway.production;
