package io.sentia.servicekit.testapp;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An endpoint only the observability tests call, so its latency series is theirs alone:
 * it logs one line and answers.
 */
@RestController
class LatencyTestController {

	/** The line the endpoint logs. */
	public static final String LOGGED = "Answering the latency probe";

	private static final Logger log = LoggerFactory.getLogger(LatencyTestController.class);

	@GetMapping("/test/latency")
	String latency() {
		log.info(LOGGED);
		return "{\"ok\":true}";
	}

}
