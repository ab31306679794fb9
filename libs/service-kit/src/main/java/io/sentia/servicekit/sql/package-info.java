/**
 * SQL assembled in one place: {@code Where} turns optional filters into a WHERE clause of
 * named parameters for Spring's {@code JdbcClient}, identifiers checked, values only ever
 * bound.
 */
package io.sentia.servicekit.sql;
