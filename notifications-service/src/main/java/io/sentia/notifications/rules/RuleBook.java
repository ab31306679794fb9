package io.sentia.notifications.rules;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.sentia.notifications.delivery.Channel;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The stored rules of each tenant. A tenant looked at for the first time gets the
 * {@link DefaultRules}; from then on its rules are what ADMINs and MANAGERs make them,
 * even none.
 */
public class RuleBook {

	private static final TypeReference<List<ChannelChoice>> CHANNELS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	public RuleBook(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * The tenant's rules, seeding the defaults the first time; call inside a transaction.
	 * @param tenantId the tenant
	 * @return its rules, by name
	 */
	public List<Rule> rulesOf(String tenantId) {
		int created = this.jdbc.sql("INSERT INTO rule_set (tenant_id) VALUES (:tenant) ON CONFLICT DO NOTHING")
			.param("tenant", tenantId)
			.update();
		if (created == 1) {
			DefaultRules.rules().forEach((rule) -> insert(tenantId, rule));
		}
		return this.jdbc.sql("SELECT * FROM rule WHERE tenant_id = :tenant ORDER BY name, rule_id")
			.param("tenant", tenantId)
			.query(this::rule)
			.list();
	}

	/**
	 * One rule of a tenant.
	 * @param tenantId the tenant
	 * @param ruleId the rule
	 * @return the rule, or empty when the tenant has none with that id
	 */
	public Optional<Rule> find(String tenantId, UUID ruleId) {
		return this.jdbc.sql("SELECT * FROM rule WHERE tenant_id = :tenant AND rule_id = :rule")
			.param("tenant", tenantId)
			.param("rule", ruleId)
			.query(this::rule)
			.optional();
	}

	void insert(String tenantId, Rule rule) {
		this.jdbc.sql("INSERT INTO rule_set (tenant_id) VALUES (:tenant) ON CONFLICT DO NOTHING")
			.param("tenant", tenantId)
			.update();
		this.jdbc
			.sql("""
					INSERT INTO rule (rule_id, tenant_id, name, kinds, severities, roles, users, channels, threshold,
					                  reminder_minutes, notify_resolved, escalate_after_minutes, escalation_channel,
					                  quiet_start, quiet_end, daily_digest, digest_hour, enabled, updated_at)
					VALUES (:rule, :tenant, :name, :kinds, :severities, :roles, :users, CAST(:channels AS jsonb), :threshold,
					        :reminder, :resolved, :escalate, :escalationChannel, :quietStart, :quietEnd, :digest,
					        :digestHour, :enabled, :now)
					""")
			.params(parameters(tenantId, rule))
			.update();
	}

	boolean update(String tenantId, Rule rule) {
		return this.jdbc.sql("""
				UPDATE rule SET name = :name, kinds = :kinds, severities = :severities, roles = :roles, users = :users,
				    channels = CAST(:channels AS jsonb), threshold = :threshold, reminder_minutes = :reminder,
				    notify_resolved = :resolved, escalate_after_minutes = :escalate,
				    escalation_channel = :escalationChannel, quiet_start = :quietStart, quiet_end = :quietEnd,
				    daily_digest = :digest, digest_hour = :digestHour, enabled = :enabled, updated_at = :now
				WHERE tenant_id = :tenant AND rule_id = :rule
				""").params(parameters(tenantId, rule)).update() == 1;
	}

	void delete(String tenantId, UUID ruleId) {
		this.jdbc.sql("DELETE FROM rule WHERE tenant_id = :tenant AND rule_id = :rule")
			.param("tenant", tenantId)
			.param("rule", ruleId)
			.update();
	}

	private java.util.Map<String, Object> parameters(String tenantId, Rule rule) {
		java.util.Map<String, Object> parameters = new java.util.HashMap<>();
		parameters.put("rule", rule.id());
		parameters.put("tenant", tenantId);
		parameters.put("name", rule.name());
		parameters.put("kinds", rule.kinds().toArray(String[]::new));
		parameters.put("severities", rule.severities().toArray(String[]::new));
		parameters.put("roles", rule.roles().toArray(String[]::new));
		parameters.put("users", rule.users().toArray(String[]::new));
		parameters.put("channels", this.json.writeValueAsString(rule.channels()));
		parameters.put("threshold", rule.threshold());
		parameters.put("reminder", rule.reminderMinutes());
		parameters.put("resolved", rule.notifyResolved());
		parameters.put("escalate", rule.escalateAfterMinutes());
		parameters.put("escalationChannel",
				(rule.escalationChannel() != null) ? rule.escalationChannel().name() : null);
		parameters.put("quietStart", rule.quietStart());
		parameters.put("quietEnd", rule.quietEnd());
		parameters.put("digest", rule.dailyDigest());
		parameters.put("digestHour", rule.digestHour());
		parameters.put("enabled", rule.enabled());
		parameters.put("now", Instant.now().atOffset(ZoneOffset.UTC));
		return parameters;
	}

	private Rule rule(ResultSet row, int number) throws SQLException {
		String escalationChannel = row.getString("escalation_channel");
		return new Rule(row.getObject("rule_id", UUID.class), row.getString("name"), texts(row.getArray("kinds")),
				texts(row.getArray("severities")), texts(row.getArray("roles")), texts(row.getArray("users")),
				this.json.readValue(row.getString("channels"), CHANNELS), (Integer) row.getObject("threshold"),
				(Integer) row.getObject("reminder_minutes"), row.getBoolean("notify_resolved"),
				(Integer) row.getObject("escalate_after_minutes"),
				(escalationChannel != null) ? Channel.valueOf(escalationChannel) : null,
				row.getObject("quiet_start", LocalTime.class), row.getObject("quiet_end", LocalTime.class),
				row.getBoolean("daily_digest"), row.getInt("digest_hour"), row.getBoolean("enabled"));
	}

	private static List<String> texts(Array array) throws SQLException {
		return Arrays.asList((String[]) array.getArray());
	}

}
