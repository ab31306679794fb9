package io.sentia.integrations.credential;

import java.time.Instant;

/**
 * A secret's name and when it was last stored, what APIs may show of it.
 *
 * @param name e.g. {@code accessToken}
 * @param updatedAt when its value was last stored
 */
public record StoredCredential(String name, Instant updatedAt) {
}
