package io.sentia.notifications.feed;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.sentia.notifications.decisions.Acknowledgements;
import io.sentia.servicekit.errors.ApiProblemException;
import io.sentia.servicekit.security.Access;
import io.sentia.servicekit.security.Caller;
import io.sentia.servicekit.security.Role;
import io.sentia.servicekit.tenancy.TenantContext;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The caller's own feed, from the verified token's user: every member may list, read and
 * acknowledge their items and follow the live stream. Partners have no feed.
 */
@RestController
@RequestMapping("/api/notifications/v1/feed")
class FeedController {

	private final FeedItems items;

	private final FeedStreams streams;

	private final Acknowledgements acknowledgements;

	private final TenantContext tenantContext;

	private final TransactionOperations transaction;

	private final Clock clock;

	FeedController(FeedItems items, FeedStreams streams, Acknowledgements acknowledgements, TenantContext tenantContext,
			TransactionOperations transaction, Clock clock) {
		this.items = items;
		this.streams = streams;
		this.acknowledgements = acknowledgements;
		this.tenantContext = tenantContext;
		this.transaction = transaction;
		this.clock = clock;
	}

	@Operation(summary = "The caller's feed",
			description = "Newest first, all or unreadOnly, with the caller's unread count; paged (size 1-100).")
	@ApiResponse(responseCode = "200", description = "The caller's feed",
			content = @Content(mediaType = "application/json", examples = @ExampleObject(
					value = "{\"items\": [{\"id\": \"0f4b1a3e-2d6c-4f7a-8b1e-9c0d2e3f4a5b\", \"notificationId\": \"9e2d7c1b-3a4f-4e5d-8c6b-7a8f9e0d1c2b\", \"eventType\": \"alert.raised\", \"kind\": \"stockout_risk\", \"severity\": \"critical\", \"stage\": \"RAISED\", \"title\": \"WHISKY-12 runs out in 5 days\", \"facts\": {\"days of cover\": \"5\", \"on order\": \"0\"}, \"link\": \"https://app.sentia.io/alerts?dedupKey=stockout_risk:WHISKY-12\", \"createdAt\": \"2026-03-02T09:00:01Z\", \"readAt\": null, \"acknowledgedAt\": null}], \"unread\": 1, \"page\": 0, \"size\": 20}")))
	@ApiResponse(responseCode = "400", description = "A paging parameter to fix")
	@GetMapping
	@Access(role = Role.VIEWER)
	FeedPage feed(@RequestParam(defaultValue = "false") boolean unreadOnly, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		if (page < 0 || page > 10_000) {
			throw ApiProblemException.invalidParameter("page", "must be between 0 and 10000");
		}
		if (size < 1 || size > 100) {
			throw ApiProblemException.invalidParameter("size", "must be between 1 and 100");
		}
		Caller caller = this.tenantContext.currentCaller();
		return new FeedPage(this.items.page(caller.tenantId(), caller.subject(), unreadOnly, page, size),
				this.items.unread(caller.tenantId(), caller.subject()), page, size);
	}

	@Operation(summary = "Marks one of the caller's items read",
			description = "Answers 204 whether or not the caller has such an item, so it reveals nothing about other users' items.")
	@ApiResponse(responseCode = "204", description = "Done")
	/**
	 * Marks one of the caller's items read. Like a delete, it answers the same whether or
	 * not the caller has such an item (nothing changes then), so it tells nobody about
	 * another user's items; the feed shows the result.
	 */
	@PostMapping("/{itemId}/read")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Access(role = Role.VIEWER)
	void read(@PathVariable UUID itemId) {
		Caller caller = this.tenantContext.currentCaller();
		this.items.markRead(caller.tenantId(), caller.subject(), itemId, this.clock.instant());
	}

	@Operation(summary = "Acknowledges one of the caller's items",
			description = "Acknowledges the notification it shows (stopping its reminders and escalation) and marks it read; answers like marking read.")
	@ApiResponse(responseCode = "204", description = "Done")
	/**
	 * Acknowledges one of the caller's items and the notification it shows (which stops
	 * its reminders and escalation); answers like {@link #read}.
	 */
	@PostMapping("/{itemId}/acknowledge")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Access(role = Role.VIEWER)
	void acknowledge(@PathVariable UUID itemId) {
		Caller caller = this.tenantContext.currentCaller();
		Instant now = this.clock.instant();
		this.transaction.executeWithoutResult(
				(status) -> this.items.find(caller.tenantId(), caller.subject(), itemId).ifPresent((item) -> {
					if (item.notificationId() != null) {
						this.acknowledgements.acknowledge(caller.tenantId(), item.notificationId(), caller.subject(),
								now);
					}
					this.items.markAcknowledged(caller.tenantId(), caller.subject(), itemId, now);
				}));
	}

	@Operation(summary = "The caller's feed, live",
			description = "Server-Sent Events: first a count event, then an item event (the item, id = item id) followed by a count event for each new item; a comment every 20 s keeps the connection open. Reconnect with EventSource; the gateway route has no timeout.")
	@ApiResponse(responseCode = "200", description = "The stream",
			content = @Content(mediaType = "text/event-stream", examples = @ExampleObject(
					value = "event:count\ndata:{\"unread\":1}\n\nevent:item\nid:0f4b1a3e-2d6c-4f7a-8b1e-9c0d2e3f4a5b\ndata:{\"id\":\"0f4b1a3e-2d6c-4f7a-8b1e-9c0d2e3f4a5b\",\"title\":\"WHISKY-12 runs out in 5 days\"}\n\nevent:count\ndata:{\"unread\":2}\n\n")))
	@GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@Access(role = Role.VIEWER)
	SseEmitter stream() {
		Caller caller = this.tenantContext.currentCaller();
		return this.streams.open(caller.tenantId(), caller.subject(),
				this.items.unread(caller.tenantId(), caller.subject()));
	}

	/**
	 * One page of the caller's feed, newest first, and the unread count.
	 *
	 * @param items the items
	 * @param unread how many of all the caller's items are unread
	 * @param page the page number, from 0
	 * @param size the page size
	 */
	record FeedPage(List<FeedItem> items, long unread, int page, int size) {
	}

}
