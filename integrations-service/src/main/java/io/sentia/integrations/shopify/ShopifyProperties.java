package io.sentia.integrations.shopify;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Shopify settings ({@code sentia.integrations.shopify.*}). The base URL comes from here,
 * never from a tenant's connection settings, so a tenant cannot point calls elsewhere.
 *
 * @param baseUrlTemplate Admin API base; {@code {shop}} is the shop domain and
 * {@code {version}} the API version
 * @param apiVersion default Admin API version (a connection may pin another with setting
 * {@code apiVersion})
 * @param ordersPageSize orders per GraphQL page; with their lines and refunds a page must
 * stay under Shopify's 1,000-point single-query cost
 * @param productsPageSize products (with up to 20 variants each) per page
 * @param inventoryPageSize inventory levels per page
 * @param webhookMaxAge deliveries triggered longer ago are refused; Shopify retries for 4
 * h with the original payload, so this must stay above that
 * @param maxThrottledRetries retries of a query Shopify answered THROTTLED
 */
@Validated
@ConfigurationProperties("sentia.integrations.shopify")
public record ShopifyProperties(@DefaultValue("https://{shop}/admin/api/{version}") @NotBlank String baseUrlTemplate,
		@DefaultValue("2026-07") @Pattern(regexp = "\\d{4}-\\d{2}") String apiVersion,
		@DefaultValue("10") @Min(1) @Max(250) int ordersPageSize,
		@DefaultValue("10") @Min(1) @Max(250) int productsPageSize,
		@DefaultValue("100") @Min(1) @Max(250) int inventoryPageSize,
		@DefaultValue("5h") @NotNull Duration webhookMaxAge, @DefaultValue("5") @Min(0) int maxThrottledRetries) {

	/** Defaults, for tests and tools that build a connector by hand. */
	public static ShopifyProperties defaults(String baseUrlTemplate) {
		return new ShopifyProperties(baseUrlTemplate, "2026-07", 10, 10, 100, Duration.ofHours(5), 5);
	}

}
