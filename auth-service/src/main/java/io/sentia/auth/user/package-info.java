/**
 * Users, their tenant memberships and roles, and password hashing
 * ({@link io.sentia.auth.user.PasswordHasher}).
 */
package io.sentia.auth.user;
