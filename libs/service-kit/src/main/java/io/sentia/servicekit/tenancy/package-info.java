/**
 * Which tenant the current request belongs to, as the verified access token says; the
 * implementation lives with the resource server in {@code io.sentia.servicekit.security}.
 */
package io.sentia.servicekit.tenancy;
