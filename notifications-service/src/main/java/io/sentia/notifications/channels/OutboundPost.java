package io.sentia.notifications.channels;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;

import io.sentia.notifications.delivery.SendResult;
import org.jspecify.annotations.Nullable;

/**
 * One JSON POST to a receiver outside (Slack, Teams, a partner's webhook), answered as
 * the delivery contract wants: 2xx delivered; 408, 429 (with its {@code Retry-After}),
 * 5xx, a time-out or no connection worth a retry; a redirect (never followed, so a
 * receiver cannot bounce us to an internal address) or another 4xx rejected. Never throws
 * for a failed send.
 */
public final class OutboundPost {

	private final HttpClient client;

	private final Duration timeout;

	private final Clock clock;

	/**
	 * Creates the poster.
	 * @param connectTimeout how long a connection may take
	 * @param timeout how long the whole answer may take
	 * @param clock to read a {@code Retry-After} date against
	 */
	public OutboundPost(Duration connectTimeout, Duration timeout, Clock clock) {
		this.client = HttpClient.newBuilder()
			.connectTimeout(connectTimeout)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		this.timeout = timeout;
		this.clock = clock;
	}

	/**
	 * Posts a JSON body once.
	 * @param url where to
	 * @param json the body
	 * @param headers extra headers (e.g. a webhook's signature)
	 * @return how it went, with the status and the time to the answer
	 */
	public SendResult post(URI url, String json, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(url)
			.timeout(this.timeout)
			.header("Content-Type", "application/json")
			.header("User-Agent", "Sentia-Notifications/1")
			.POST(HttpRequest.BodyPublishers.ofString(json));
		headers.forEach(request::header);
		long started = System.nanoTime();
		HttpResponse<Void> response;
		try {
			response = this.client.send(request.build(), HttpResponse.BodyHandlers.discarding());
		}
		catch (HttpTimeoutException ex) {
			return new SendResult.Retry("the receiver did not answer in time", null, since(started), null);
		}
		catch (IOException ex) {
			return new SendResult.Retry("could not reach the receiver (" + ex.getClass().getSimpleName() + ")", null,
					since(started), null);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new SendResult.Retry("interrupted while sending", null, since(started), null);
		}
		return classify(response.statusCode(), response.headers().firstValue("Retry-After").orElse(null),
				since(started));
	}

	SendResult classify(int status, @Nullable String retryAfter, Duration took) {
		if (status >= 200 && status < 300) {
			return new SendResult.Delivered(status, took);
		}
		if (status == 429) {
			return new SendResult.Retry("the receiver is rate limiting (429)", status, took, retryAfter(retryAfter));
		}
		if (status == 408 || status >= 500) {
			return new SendResult.Retry("the receiver answered " + status, status, took, retryAfter(retryAfter));
		}
		if (status >= 300 && status < 400) {
			return new SendResult.Rejected("the receiver redirected (" + status + "); redirects are not followed",
					status, took);
		}
		return new SendResult.Rejected("the receiver refused the message (" + status + ")", status, took);
	}

	/** {@code Retry-After} as seconds or an HTTP date; nonsense is ignored. */
	@Nullable Duration retryAfter(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String trimmed = value.strip();
		try {
			long seconds = Long.parseLong(trimmed);
			return (seconds >= 0) ? Duration.ofSeconds(seconds) : null;
		}
		catch (NumberFormatException ex) {
			try {
				Instant at = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
				Duration wait = Duration.between(this.clock.instant(), at);
				return wait.isNegative() ? Duration.ZERO : wait;
			}
			catch (DateTimeParseException notADate) {
				return null;
			}
		}
	}

	private static Duration since(long started) {
		return Duration.ofNanos(System.nanoTime() - started);
	}

}
