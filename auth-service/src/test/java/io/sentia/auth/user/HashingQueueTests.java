package io.sentia.auth.user;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

class HashingQueueTests {

	private final ExecutorService threads = Executors.newCachedThreadPool();

	@AfterEach
	void stopThreads() {
		this.threads.shutdownNow();
	}

	@Test
	void servesWaitingCallersInTurnRatherThanInArrivalOrder() throws Exception {
		HashingQueue queue = new HashingQueue(1, 3, Duration.ofSeconds(10));
		CountDownLatch holdSlot = new CountDownLatch(1);
		List<String> served = new CopyOnWriteArrayList<>();
		Future<?> occupant = occupy(queue, "occupant", holdSlot);
		Future<?> flood1 = this.threads.submit(() -> queue.run("flooder", () -> served.add("flooder-1")));
		await().until(() -> queue.waiting() == 1);
		Future<?> flood2 = this.threads.submit(() -> queue.run("flooder", () -> served.add("flooder-2")));
		await().until(() -> queue.waiting() == 2);
		Future<?> partner = this.threads.submit(() -> queue.run("partner", () -> served.add("partner")));
		await().until(() -> queue.waiting() == 3);

		holdSlot.countDown();
		for (Future<?> done : List.of(occupant, flood1, flood2, partner)) {
			done.get(5, TimeUnit.SECONDS);
		}

		assertThat(served).containsExactly("flooder-1", "partner", "flooder-2");
	}

	@Test
	void neverLetsOneCallerRunInEverySlot() throws Exception {
		HashingQueue queue = new HashingQueue(2, 4, Duration.ofSeconds(10));
		CountDownLatch holdSlot = new CountDownLatch(1);
		Future<?> running = occupy(queue, "flooder", holdSlot);
		Future<?> queued1 = this.threads.submit(() -> queue.run("flooder", () -> "flooder-2"));
		Future<?> queued2 = this.threads.submit(() -> queue.run("flooder", () -> "flooder-3"));
		await().until(() -> queue.waiting() == 2);

		assertThat(queue.run("partner", () -> "served while the flooder waits"))
			.isEqualTo("served while the flooder waits");
		assertThat(queue.waiting()).isEqualTo(2);

		holdSlot.countDown();
		for (Future<?> done : List.of(running, queued1, queued2)) {
			done.get(5, TimeUnit.SECONDS);
		}
		assertThat(queue.waiting()).isZero();
	}

	@Test
	void refusesACallerAtOnceWhenItHasItsShareInFlight() throws Exception {
		HashingQueue queue = new HashingQueue(4, 1, Duration.ofSeconds(10));
		CountDownLatch holdSlot = new CountDownLatch(1);
		Future<?> first = occupy(queue, "flooder", holdSlot);

		assertThatExceptionOfType(PasswordHashingBusyException.class)
			.isThrownBy(() -> queue.run("flooder", () -> "second"))
			.satisfies((ex) -> assertThat(ex.isCallerOverQuota()).isTrue());
		assertThat(queue.run("partner", () -> "served")).isEqualTo("served");

		holdSlot.countDown();
		first.get(5, TimeUnit.SECONDS);
		assertThat(queue.run("flooder", () -> "again")).isEqualTo("again");
	}

	@Test
	void givesUpAfterTheBoundedWaitAndLeavesTheQueue() throws Exception {
		HashingQueue queue = new HashingQueue(1, 2, Duration.ofMillis(50));
		CountDownLatch holdSlot = new CountDownLatch(1);
		Future<?> occupant = occupy(queue, "occupant", holdSlot);

		assertThatExceptionOfType(PasswordHashingBusyException.class)
			.isThrownBy(() -> queue.run("partner", () -> "late"))
			.satisfies((ex) -> assertThat(ex.isCallerOverQuota()).isFalse());
		assertThat(queue.waiting()).isZero();

		holdSlot.countDown();
		occupant.get(5, TimeUnit.SECONDS);
		assertThat(queue.run("partner", () -> "now")).isEqualTo("now");
	}

	/** Takes a slot as {@code caller} and holds it until the latch opens. */
	private Future<?> occupy(HashingQueue queue, String caller, CountDownLatch release) throws InterruptedException {
		CountDownLatch started = new CountDownLatch(1);
		Future<?> occupant = this.threads.submit(() -> queue.run(caller, () -> {
			started.countDown();
			return hold(release);
		}));
		assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
		return occupant;
	}

	private static boolean hold(CountDownLatch latch) {
		try {
			return latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
