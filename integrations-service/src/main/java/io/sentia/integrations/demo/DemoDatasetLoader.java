package io.sentia.integrations.demo;

import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.transaction.support.TransactionTemplate;

import io.sentia.events.SentiaEvent;
import io.sentia.servicekit.outbox.OutboxPublisher;

/**
 * Publishes the demo dataset through the outbox once, in the background after start-up,
 * exactly as a connector publishes what it reads: batch by batch, each batch and the
 * progress that counts it in one transaction. A restart resumes after the last committed
 * batch, so no event is published twice; a dataset already loaded is left alone.
 */
class DemoDatasetLoader implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(DemoDatasetLoader.class);

	private static final int LOG_EVERY_BATCHES = 10;

	private static final Duration MAX_BACKOFF = Duration.ofMinutes(1);

	private final DemoDatasets datasets;

	private final DemoLoadRepository repository;

	private final OutboxPublisher outbox;

	private final TransactionTemplate transaction;

	private final int batchSize;

	private volatile boolean running;

	private volatile Thread worker;

	private volatile boolean failed;

	private volatile String lastError;

	DemoDatasetLoader(DemoDatasets datasets, DemoLoadRepository repository, OutboxPublisher outbox,
			TransactionTemplate transaction, int batchSize) {
		this.datasets = datasets;
		this.repository = repository;
		this.outbox = outbox;
		this.transaction = transaction;
		this.batchSize = batchSize;
	}

	@Override
	public void start() {
		this.running = true;
		this.worker = Thread.ofPlatform().name("demo-loader").daemon(true).start(this::loadWithRetries);
	}

	@Override
	public void stop() {
		this.running = false;
		Thread thread = this.worker;
		if (thread == null) {
			return;
		}
		thread.interrupt();
		try {
			thread.join(Duration.ofSeconds(30));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.worker = null;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	boolean failed() {
		return this.failed;
	}

	String lastError() {
		return this.lastError;
	}

	private void loadWithRetries() {
		Duration backoff = Duration.ofSeconds(1);
		while (this.running) {
			try {
				load();
				return;
			}
			catch (DatasetMismatchException ex) {
				this.failed = true;
				this.lastError = ex.getMessage();
				log.error("Demo dataset not loaded: {}", ex.getMessage());
				return;
			}
			catch (RuntimeException ex) {
				if (!this.running) {
					return;
				}
				this.lastError = ex.getClass().getSimpleName() + ": " + ex.getMessage();
				log.warn("Loading the demo dataset failed; retrying in {}", backoff, ex);
				try {
					Thread.sleep(backoff);
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					return;
				}
				backoff = (backoff.compareTo(MAX_BACKOFF.dividedBy(2)) > 0) ? MAX_BACKOFF : backoff.multipliedBy(2);
			}
		}
	}

	private void load() {
		DemoDatasetSpec spec = this.datasets.spec();
		String tenantId = spec.tenantId();
		String datasetId = spec.datasetId();
		if (this.repository.find(tenantId, datasetId).map(DemoLoadProgress::finished).orElse(false)) {
			log.info("Demo dataset {} is already loaded for tenant {}", datasetId, tenantId);
			return;
		}
		long started = System.nanoTime();
		List<SentiaEvent> events = this.datasets.generate().events();
		this.repository.begin(tenantId, datasetId, events.size(), this.batchSize);
		log.info("Loading demo dataset {} for tenant {}: {} events", datasetId, tenantId, events.size());
		while (this.running) {
			DemoLoadProgress progress = this.transaction
				.execute((status) -> publishNextBatch(tenantId, datasetId, events));
			if (progress.finished()) {
				this.lastError = null;
				log.info("Demo dataset {} loaded: batch {}/{}, {} events into the outbox in {} ms", datasetId,
						progress.batchesDone(), progress.batchesTotal(), progress.eventsPublished(),
						Duration.ofNanos(System.nanoTime() - started).toMillis());
				return;
			}
			if (progress.batchesDone() % LOG_EVERY_BATCHES == 0) {
				log.info("Demo dataset {}: batch {}/{} published", datasetId, progress.batchesDone(),
						progress.batchesTotal());
			}
		}
	}

	private DemoLoadProgress publishNextBatch(String tenantId, String datasetId, List<SentiaEvent> events) {
		DemoLoadProgress progress = this.repository.lock(tenantId, datasetId)
			.orElseThrow(() -> new IllegalStateException("No load progress for demo dataset " + datasetId));
		if (progress.eventsTotal() != events.size()) {
			throw new DatasetMismatchException("dataset " + datasetId + " was recorded with " + progress.eventsTotal()
					+ " events but the generator now gives " + events.size()
					+ "; a generator change needs a new DemoDatasetGenerator.VERSION");
		}
		if (progress.finished()) {
			return progress;
		}
		int from = progress.eventsPublished();
		int to = Math.min(events.size(), from + progress.batchSize());
		for (SentiaEvent event : events.subList(from, to)) {
			this.outbox.publish(event);
		}
		this.repository.advance(tenantId, datasetId, to, to == events.size());
		return this.repository.find(tenantId, datasetId).orElseThrow();
	}

	/** The recorded load does not match what the generator produces now. */
	private static final class DatasetMismatchException extends IllegalStateException {

		DatasetMismatchException(String message) {
			super(message);
		}

	}

}
