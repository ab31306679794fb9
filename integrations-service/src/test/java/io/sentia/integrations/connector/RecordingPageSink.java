package io.sentia.integrations.connector;

import java.util.ArrayList;
import java.util.List;

/** Collects what a reader reads, page by page, for connector tests. */
public class RecordingPageSink implements PageSink {

	private final List<List<RawRecord>> pages = new ArrayList<>();

	private final List<Progress> progress = new ArrayList<>();

	@Override
	public synchronized void page(List<RawRecord> records, Progress progress) {
		this.pages.add(List.copyOf(records));
		this.progress.add(progress);
	}

	@Override
	public boolean cancelled() {
		return false;
	}

	/** The pages in the order they came. */
	public synchronized List<List<RawRecord>> pages() {
		return List.copyOf(this.pages);
	}

	/** Every record of every page, in order. */
	public synchronized List<RawRecord> records() {
		return this.pages.stream().flatMap(List::stream).toList();
	}

	/** The progress reported with each page. */
	public synchronized List<Progress> progress() {
		return List.copyOf(this.progress);
	}

}
