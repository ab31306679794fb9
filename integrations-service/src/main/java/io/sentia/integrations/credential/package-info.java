/**
 * Connection secrets at rest: AES-256-GCM envelope encryption with a data key per secret,
 * wrapped by a key-encryption key kept outside the database, its rotation, and
 * single-flight refreshes.
 */
package io.sentia.integrations.credential;
