/**
 * RFC 9457 {@code application/problem+json} for every error a service returns, with a
 * stable {@code type} per kind of problem.
 */
package io.sentia.servicekit.errors;
