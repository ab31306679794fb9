package io.sentia.analytics.outlook.scenarios;

import java.time.Instant;
import java.util.UUID;

import io.sentia.analytics.cash.scenario.Scenario;

/**
 * A scenario saved under a name.
 *
 * @param id its id
 * @param name its name, unique per tenant whatever the case
 * @param scenario what it changes
 * @param createdAt when it was saved first
 * @param updatedAt when it was last renamed (or saved)
 */
public record SavedScenario(UUID id, String name, Scenario scenario, Instant createdAt, Instant updatedAt) {

}
