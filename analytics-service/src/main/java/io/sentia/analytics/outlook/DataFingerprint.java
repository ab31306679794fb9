package io.sentia.analytics.outlook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A short digest of everything a tenant's outlook is computed from: per table, the row
 * count and the sum of the rows' change times (or plan revisions). Every stored change of
 * a read model makes a row's time strictly later, so any change, insert or update,
 * changes the digest.
 * <p>
 * Why it exists: the ledger, purchasing, forecast and catalogue listeners do not bump the
 * answers cache's generations, so an outlook cached under them alone could outlive a new
 * invoice; the digest, part of the cache question, cannot. It also tells the shortfall
 * watch which tenants' data changed since it last looked.
 */
public class DataFingerprint {

	private final JdbcClient jdbc;

	public DataFingerprint(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The digest of the tenant's outlook data now.
	 * @param tenantId the tenant
	 * @return 16 hexadecimal digits
	 */
	public String of(String tenantId) {
		String state = this.jdbc.sql("""
				SELECT concat_ws('|',
				  (SELECT count(*) || ':' || coalesce(sum(extract(epoch FROM updated_at)), 0) FROM invoice
				   WHERE tenant_id = :tenant),
				  (SELECT count(*) || ':' || coalesce(sum(extract(epoch FROM updated_at)), 0) FROM payment
				   WHERE tenant_id = :tenant),
				  (SELECT count(*) || ':' || coalesce(sum(extract(epoch FROM updated_at)), 0) FROM bank_transaction
				   WHERE tenant_id = :tenant),
				  (SELECT count(*) || ':' || coalesce(sum(extract(epoch FROM updated_at)), 0) FROM purchase_order
				   WHERE tenant_id = :tenant),
				  (SELECT count(*) || ':' || coalesce(sum(extract(epoch FROM generated_at)), 0) FROM forecast
				   WHERE tenant_id = :tenant),
				  (SELECT count(*) || ':' || coalesce(sum(extract(epoch FROM generated_at)), 0)
				   FROM reorder_recommendation WHERE tenant_id = :tenant),
				  (SELECT count(*) || ':' || coalesce(sum(revision), 0) FROM purchase_plan WHERE tenant_id = :tenant),
				  (SELECT count(*) || ':' || coalesce(sum(extract(epoch FROM updated_at)), 0) FROM product
				   WHERE tenant_id = :tenant),
				  (SELECT count(*) || ':' || coalesce(sum(extract(epoch FROM updated_at)), 0) FROM fx_rate
				   WHERE tenant_id = :tenant),
				  (SELECT coalesce(max(updated_at)::text, '-') FROM tenant WHERE tenant_id = :tenant),
				  (SELECT coalesce(max(updated_at)::text, '-') FROM cash_settings WHERE tenant_id = :tenant))
				""").param("tenant", tenantId).query(String.class).single();
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(state.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 8);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java platform", ex);
		}
	}

}
