package io.sentia.servicekit.testapp;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.sentia.servicekit.errors.ApiProblemException;
import io.sentia.servicekit.errors.InvalidField;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Endpoints that fail in each of the ways the problem+json tests check.
 */
@RestController
@RequestMapping("/test/orders")
class ProblemTestController {

	/** Detail of the unexpected exception; it must never reach a client. */
	static final String SECRET = "password=hunter2 at db-internal:5432";

	record OrderRequest(@NotBlank String sku, @Positive int quantity, @NotNull BigDecimal price, Instant orderedAt,
			@Valid List<Line> lines) {

	}

	record Line(@NotBlank String sku) {

	}

	@PostMapping
	OrderRequest create(@Valid @RequestBody OrderRequest order) {
		return order;
	}

	@GetMapping
	String list(@RequestParam int limit, @RequestParam(required = false) UUID after) {
		return "limit=" + limit;
	}

	@GetMapping("/page")
	String page(@RequestParam("size") @Min(1) @Max(100) int size) {
		return "size=" + size;
	}

	@GetMapping("/{id}")
	String get(@PathVariable UUID id) {
		throw ApiProblemException.notFound("No order " + id + " for this tenant.");
	}

	@PostMapping("/{id}/cancel")
	String cancel(@PathVariable UUID id) {
		throw new ApiProblemException(HttpStatus.CONFLICT, "order-already-cancelled", "Order already cancelled",
				"Order " + id + " was cancelled before.")
			.with("orderId", id.toString());
	}

	/** Checks by hand what annotations cannot, the way service controllers do. */
	@PostMapping("/checked")
	String checked(@RequestParam(name = "limit", defaultValue = "10") int limit, @RequestBody OrderRequest order) {
		if (limit > 100) {
			throw ApiProblemException.invalidParameter("limit", "must be at most 100");
		}
		if (order.lines() != null && order.lines().size() > 1) {
			throw ApiProblemException.invalidField("lines[1].sku", "must be left out: one line per order");
		}
		if (order.quantity() > 1000 && order.price() == null) {
			throw ApiProblemException.invalidFields(List.of(new InvalidField("quantity", "must be at most 1000"),
					new InvalidField("price", "is required")));
		}
		return "ok";
	}

	@GetMapping("/boom")
	String boom() {
		throw new IllegalStateException(SECRET);
	}

}
