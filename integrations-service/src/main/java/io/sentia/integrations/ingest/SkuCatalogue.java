package io.sentia.integrations.ingest;

import java.util.List;
import java.util.Optional;

import io.sentia.integrations.connector.Provider;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The SKUs a tenant's sources name ({@code sku_catalogue}) and the user's mappings of
 * provider products to SKUs ({@code sku_mapping}).
 */
public class SkuCatalogue {

	private final JdbcClient jdbc;

	SkuCatalogue(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The SKU a user mapped the provider product to, if any. */
	Optional<String> mapping(String tenantId, Provider provider, String productRef) {
		return this.jdbc.sql(
				"SELECT sku FROM sku_mapping WHERE tenant_id = :tenant AND provider = :provider AND product_ref = :ref")
			.param("tenant", tenantId)
			.param("provider", provider.id())
			.param("ref", productRef)
			.query(String.class)
			.optional();
	}

	/** Records that a product record describes the SKU. */
	void known(String tenantId, String sku, Provider source) {
		this.jdbc
			.sql("""
					INSERT INTO sku_catalogue (tenant_id, sku, status, first_source) VALUES (:tenant, :sku, 'known', :source)
					ON CONFLICT (tenant_id, sku) DO UPDATE SET status = 'known' WHERE sku_catalogue.status <> 'known'
					""")
			.param("tenant", tenantId)
			.param("sku", sku)
			.param("source", source.id())
			.update();
	}

	/**
	 * Records a SKU named by an order, stock or purchase record; unmapped if never
	 * described.
	 */
	void named(String tenantId, String sku, Provider source) {
		this.jdbc
			.sql("""
					INSERT INTO sku_catalogue (tenant_id, sku, status, first_source) VALUES (:tenant, :sku, 'unmapped', :source)
					ON CONFLICT (tenant_id, sku) DO NOTHING
					""")
			.param("tenant", tenantId)
			.param("sku", sku)
			.param("source", source.id())
			.update();
	}

	/** Maps a provider product to a SKU. */
	public void map(String tenantId, Provider provider, String productRef, String sku, String by) {
		this.jdbc
			.sql("""
					INSERT INTO sku_mapping (tenant_id, provider, product_ref, sku, updated_by) VALUES (:tenant, :provider, :ref, :sku, :by)
					ON CONFLICT (tenant_id, provider, product_ref) DO UPDATE SET sku = EXCLUDED.sku, updated_by = EXCLUDED.updated_by, updated_at = now()
					""")
			.param("tenant", tenantId)
			.param("provider", provider.id())
			.param("ref", productRef)
			.param("sku", sku)
			.param("by", by)
			.update();
	}

	/** The tenant's mappings. */
	public List<SkuMapping> mappings(String tenantId) {
		return this.jdbc.sql("""
				SELECT provider, product_ref, sku, updated_by, updated_at FROM sku_mapping
				WHERE tenant_id = :tenant ORDER BY provider, product_ref
				""")
			.param("tenant", tenantId)
			.query((rs, row) -> new SkuMapping(rs.getString("provider"), rs.getString("product_ref"),
					rs.getString("sku"), rs.getString("updated_by"), rs.getTimestamp("updated_at").toInstant()))
			.list();
	}

	/**
	 * SKUs the tenant's orders, stock or purchases name that no product record describes.
	 */
	public List<String> unmapped(String tenantId) {
		return this.jdbc
			.sql("SELECT sku FROM sku_catalogue WHERE tenant_id = :tenant AND status = 'unmapped' ORDER BY sku")
			.param("tenant", tenantId)
			.query(String.class)
			.list();
	}

	/**
	 * A user's mapping of a provider product to a SKU.
	 *
	 * @param provider provider id
	 * @param productRef the provider's product reference, e.g. {@code variant:39072856}
	 * @param sku the tenant's SKU
	 * @param updatedBy who set it
	 * @param updatedAt when
	 */
	public record SkuMapping(String provider, String productRef, String sku, String updatedBy,
			java.time.Instant updatedAt) {
	}

}
