package io.sentia.auth.user;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Admits password hashes to a fixed number of slots, fairly between callers (client
 * addresses): a caller may have at most {@code perCaller} hashes waiting or running, and
 * a freed slot goes to the callers in turn (round robin), not to whoever queued first.
 * One caller flooding wrong secrets therefore holds at most {@code perCaller} slots and
 * waits behind everyone else, instead of filling the queue.
 */
final class HashingQueue {

	private final ReentrantLock lock = new ReentrantLock();

	private final int perCaller;

	private final int runningPerCaller;

	private final Duration maxWait;

	private int freeSlots;

	/** Callers with waiting hashes, in the order they are served next. */
	private final LinkedHashMap<String, ArrayDeque<Ticket>> waiting = new LinkedHashMap<>();

	/** Hashes waiting or running per caller. */
	private final Map<String, Integer> admitted = new HashMap<>();

	/** Hashes running per caller. */
	private final Map<String, Integer> running = new HashMap<>();

	/**
	 * Creates the queue.
	 * @param slots hashes running at once
	 * @param perCaller hashes one caller may have waiting or running
	 * @param maxWait how long a hash waits for a slot
	 */
	HashingQueue(int slots, int perCaller, Duration maxWait) {
		if (slots < 1 || perCaller < 1) {
			throw new IllegalArgumentException("slots and perCaller must be at least 1");
		}
		this.freeSlots = slots;
		this.perCaller = perCaller;
		// At least one slot always stays for the other callers.
		this.runningPerCaller = Math.max(1, Math.min(perCaller, slots / 2));
		this.maxWait = maxWait;
	}

	/**
	 * Runs {@code work} in a slot once it is this caller's turn.
	 * @param caller who asks (a client address)
	 * @param work the hash
	 * @param <T> its result
	 * @return the result
	 * @throws PasswordHashingBusyException at once if the caller already has
	 * {@code perCaller} hashes admitted, or when no slot came within {@code maxWait}
	 */
	<T> T run(String caller, Supplier<T> work) {
		Ticket ticket = admit(caller);
		try {
			awaitSlot(caller, ticket);
			return work.get();
		}
		finally {
			if (ticket.granted) {
				release(caller);
			}
		}
	}

	private Ticket admit(String caller) {
		this.lock.lock();
		try {
			int count = this.admitted.getOrDefault(caller, 0);
			if (count >= this.perCaller) {
				throw PasswordHashingBusyException.callerQuotaExceeded();
			}
			this.admitted.put(caller, count + 1);
			Ticket ticket = new Ticket(this.lock.newCondition());
			this.waiting.computeIfAbsent(caller, (key) -> new ArrayDeque<>()).addLast(ticket);
			dispatch();
			return ticket;
		}
		finally {
			this.lock.unlock();
		}
	}

	private void awaitSlot(String caller, Ticket ticket) {
		this.lock.lock();
		try {
			long nanos = this.maxWait.toNanos();
			while (!ticket.granted && nanos > 0) {
				nanos = ticket.turn.awaitNanos(nanos);
			}
			if (!ticket.granted) {
				withdraw(caller, ticket);
				throw new PasswordHashingBusyException(this.maxWait);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			if (!ticket.granted) {
				withdraw(caller, ticket);
				throw new PasswordHashingBusyException(this.maxWait);
			}
		}
		finally {
			this.lock.unlock();
		}
	}

	/** Called with the lock held: the ticket leaves the queue without a slot. */
	private void withdraw(String caller, Ticket ticket) {
		ArrayDeque<Ticket> queue = this.waiting.get(caller);
		if (queue != null) {
			queue.remove(ticket);
			if (queue.isEmpty()) {
				this.waiting.remove(caller);
			}
		}
		forget(caller);
	}

	private void release(String caller) {
		this.lock.lock();
		try {
			forget(caller);
			this.running.computeIfPresent(caller, (key, count) -> (count > 1) ? count - 1 : null);
			this.freeSlots++;
			dispatch();
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Called with the lock held: hands free slots to waiting callers in turn, skipping
	 * callers that already run their share; a served caller goes to the back.
	 */
	private void dispatch() {
		while (this.freeSlots > 0) {
			Map.Entry<String, ArrayDeque<Ticket>> turn = null;
			for (Map.Entry<String, ArrayDeque<Ticket>> candidate : this.waiting.entrySet()) {
				if (this.running.getOrDefault(candidate.getKey(), 0) < this.runningPerCaller) {
					turn = candidate;
					break;
				}
			}
			if (turn == null) {
				return;
			}
			String caller = turn.getKey();
			ArrayDeque<Ticket> tickets = this.waiting.remove(caller);
			Ticket ticket = tickets.pollFirst();
			if (!tickets.isEmpty()) {
				this.waiting.put(caller, tickets);
			}
			this.freeSlots--;
			this.running.merge(caller, 1, Integer::sum);
			ticket.granted = true;
			ticket.turn.signal();
		}
	}

	private void forget(String caller) {
		this.admitted.computeIfPresent(caller, (key, count) -> (count > 1) ? count - 1 : null);
	}

	/** Requests waiting in the queue right now (for tests and metrics). */
	int waiting() {
		this.lock.lock();
		try {
			return this.waiting.values().stream().mapToInt(ArrayDeque::size).sum();
		}
		finally {
			this.lock.unlock();
		}
	}

	private static final class Ticket {

		private final Condition turn;

		private boolean granted;

		private Ticket(Condition turn) {
			this.turn = turn;
		}

	}

}
