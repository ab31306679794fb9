/**
 * Request body size limits: a default for every request and larger ones for chosen path
 * patterns, enforced on the declared length and on the bytes actually sent (chunked
 * bodies), answered with a 413 problem.
 */
package io.sentia.gateway.security.body;
