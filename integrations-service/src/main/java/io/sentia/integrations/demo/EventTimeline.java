package io.sentia.integrations.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.sentia.events.SentiaEvent;

/**
 * Collects the generated events with the time they happen and hands them out in that
 * order, as a live connector would have seen them. Anything after the dataset's end has
 * not happened yet and is left out.
 */
final class EventTimeline {

	private final Instant end;

	private final List<Entry> entries = new ArrayList<>();

	/**
	 * @param end the first instant after the dataset
	 */
	EventTimeline(Instant end) {
		this.end = end;
	}

	/** Whether something happening at {@code at} is still inside the dataset. */
	boolean includes(Instant at) {
		return at.isBefore(this.end);
	}

	/**
	 * Records an event if it happens inside the dataset.
	 * @param at when it happens
	 * @param event the event
	 * @return whether it was recorded
	 */
	boolean add(Instant at, SentiaEvent event) {
		if (!includes(at)) {
			return false;
		}
		this.entries.add(new Entry(at, this.entries.size(), event));
		return true;
	}

	/**
	 * The events in the order they happened; ties keep the order they were recorded in.
	 */
	List<SentiaEvent> inOrder() {
		return this.entries.stream()
			.sorted(Comparator.comparing(Entry::at).thenComparingInt(Entry::sequence))
			.map(Entry::event)
			.toList();
	}

	private record Entry(Instant at, int sequence, SentiaEvent event) {
	}

}
