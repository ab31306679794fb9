package io.sentia.servicekit.testapp;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A slow request, as a report or an export is: it takes the time it is told and then
 * answers with a body whose end the client can check. Counts the requests it started and
 * those under way.
 */
@RestController
public class SlowTestController {

	/** The last line of every answer: a client that reads it got the whole answer. */
	public static final String END = "-- end of answer --";

	private final AtomicInteger active = new AtomicInteger();

	private final AtomicInteger started = new AtomicInteger();

	@GetMapping("/test/slow")
	String slow(@RequestParam long millis) throws InterruptedException {
		this.started.incrementAndGet();
		this.active.incrementAndGet();
		try {
			Thread.sleep(millis);
			return "x".repeat(64 * 1024) + "\n" + END;
		}
		finally {
			this.active.decrementAndGet();
		}
	}

	/**
	 * How many slow requests are being handled now.
	 * @return requests under way
	 */
	public int active() {
		return this.active.get();
	}

	/**
	 * How many slow requests the service started to handle.
	 * @return requests started
	 */
	public int started() {
		return this.started.get();
	}

}
