package io.sentia.analytics.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@code product} read model; every query filters by tenant.
 */
public class ProductRepository {

	private final NamedParameterJdbcOperations namedJdbc;

	private final JdbcClient jdbc;

	ProductRepository(NamedParameterJdbcOperations namedJdbc) {
		this.namedJdbc = namedJdbc;
		this.jdbc = JdbcClient.create(namedJdbc);
	}

	/**
	 * Stores each product unless a state at least as new is stored, in list order; the
	 * same state with a category fills in one stored without it.
	 */
	void upsertAll(List<Product> products) {
		this.namedJdbc.batchUpdate("""
				INSERT INTO product (tenant_id, sku, name, category, source, unit_cost, unit_cost_currency, price,
				                     price_currency, lead_time_days, supplier_id, supplier_name, active, updated_at)
				VALUES (:tenant, :sku, :name, :category, :source, :unitCost, :unitCostCurrency, :price,
				        :priceCurrency, :leadTimeDays, :supplierId, :supplierName, :active, :updatedAt)
				ON CONFLICT (tenant_id, sku) DO UPDATE SET
				    name = EXCLUDED.name, category = EXCLUDED.category, source = EXCLUDED.source,
				    unit_cost = EXCLUDED.unit_cost, unit_cost_currency = EXCLUDED.unit_cost_currency,
				    price = EXCLUDED.price, price_currency = EXCLUDED.price_currency,
				    lead_time_days = EXCLUDED.lead_time_days, supplier_id = EXCLUDED.supplier_id,
				    supplier_name = EXCLUDED.supplier_name, active = EXCLUDED.active, updated_at = EXCLUDED.updated_at
				WHERE product.updated_at < EXCLUDED.updated_at
				   -- The same state again with its category, stored before products had one.
				   OR (product.updated_at = EXCLUDED.updated_at AND product.category IS NULL
				       AND EXCLUDED.category IS NOT NULL)
				""", products.stream().map(ProductRepository::parameters).toArray(SqlParameterSource[]::new));
	}

	private static SqlParameterSource parameters(Product product) {
		return new MapSqlParameterSource().addValue("tenant", product.tenantId())
			.addValue("sku", product.sku())
			.addValue("name", product.name())
			.addValue("category", product.category())
			.addValue("source", product.source())
			.addValue("unitCost", product.unitCost())
			.addValue("unitCostCurrency", product.unitCostCurrency())
			.addValue("price", product.price())
			.addValue("priceCurrency", product.priceCurrency())
			.addValue("leadTimeDays", product.leadTimeDays())
			.addValue("supplierId", product.supplierId())
			.addValue("supplierName", product.supplierName())
			.addValue("active", product.active())
			.addValue("updatedAt", product.updatedAt().atOffset(ZoneOffset.UTC));
	}

	/**
	 * Every product of the tenant, active or not, by SKU.
	 * @param tenantId the tenant
	 * @return the products
	 */
	public List<Product> products(String tenantId) {
		return this.jdbc.sql("SELECT * FROM product WHERE tenant_id = :tenant ORDER BY sku")
			.param("tenant", tenantId)
			.query(ProductRepository::product)
			.list();
	}

	/**
	 * One product.
	 * @param tenantId the tenant
	 * @param sku the SKU
	 * @return the product, or empty if none is known
	 */
	public Optional<Product> product(String tenantId, String sku) {
		return this.jdbc.sql("SELECT * FROM product WHERE tenant_id = :tenant AND sku = :sku")
			.param("tenant", tenantId)
			.param("sku", sku)
			.query(ProductRepository::product)
			.optional();
	}

	private static Product product(ResultSet row, int number) throws SQLException {
		return new Product(row.getString("tenant_id"), row.getString("sku"), row.getString("name"),
				row.getString("category"), row.getString("source"), row.getBigDecimal("unit_cost"),
				row.getString("unit_cost_currency"), row.getBigDecimal("price"), row.getString("price_currency"),
				row.getObject("lead_time_days", Integer.class), row.getString("supplier_id"),
				row.getString("supplier_name"), row.getBoolean("active"),
				row.getObject("updated_at", OffsetDateTime.class).toInstant());
	}

}
