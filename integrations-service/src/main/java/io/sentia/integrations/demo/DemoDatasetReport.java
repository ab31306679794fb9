package io.sentia.integrations.demo;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * Answer of {@code GET /api/integrations/v1/demo/dataset}: the dataset summary and its
 * load status.
 *
 * @param dataset what the dataset holds
 * @param load whether it has been published
 */
public record DemoDatasetReport(@JsonUnwrapped DemoDatasetSummary dataset, DemoLoadStatus load) {
}
