package io.sentia.integrations.demo;

import java.util.List;

import io.sentia.events.SentiaEvent;

/**
 * A generated demo dataset: the canonical events in the order they happened.
 *
 * @param spec what was generated
 * @param events the events, oldest first
 */
record DemoDataset(DemoDatasetSpec spec, List<SentiaEvent> events) {

	DemoDataset {
		events = List.copyOf(events);
	}

}
