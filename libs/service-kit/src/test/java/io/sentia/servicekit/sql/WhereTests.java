package io.sentia.servicekit.sql;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import io.sentia.servicekit.sql.Where.Comparison;
import io.sentia.testkit.Infrastructure;
import io.sentia.testkit.PostgresServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.entry;

class WhereTests {

	@Test
	void joinsConditionsWithAndInTheOrderAdded() {
		Where where = Where.all()
			.andEqual("tenant_id", "tenant", "t1")
			.and("changed_at", Comparison.AT_LEAST, "from", 5)
			.and("f.changed_at", Comparison.LESS_THAN, "to", 9);

		assertThat(where.sql()).isEqualTo("tenant_id = :tenant AND changed_at >= :from AND f.changed_at < :to");
		assertThat(where.parameters()).containsExactly(entry("tenant", "t1"), entry("from", 5), entry("to", 9));
	}

	@Test
	void leavesOutAConditionWhoseValueIsAbsent() {
		Where where = Where.all().andEqual("tenant_id", "tenant", "t1").andEqualIfPresent("sku", "sku", null);

		assertThat(where.sql()).isEqualTo("tenant_id = :tenant");
		assertThat(where.parameters()).containsOnlyKeys("tenant");
	}

	@Test
	void matchesEveryRowWithoutConditions() {
		assertThat(Where.all().sql()).isEqualTo("TRUE");
		assertThat(Where.all().parameters()).isEmpty();
	}

	@Test
	void refusesARequiredConditionWithoutAValue() {
		assertThatIllegalArgumentException().isThrownBy(() -> Where.all().andEqual("tenant_id", "tenant", null))
			.withMessageContaining("tenant_id");
	}

	@ParameterizedTest
	@ValueSource(strings = { "sku; DROP TABLE product", "sku = sku OR 1", "\"sku\"", "Sku", "sku--", "a.b.c", "",
			"1sku", "sku)" })
	void refusesAColumnThatIsNotAPlainIdentifier(String column) {
		assertThatIllegalArgumentException().isThrownBy(() -> Where.all().andEqual(column, "sku", "x"))
			.withMessageContaining("column");
		assertThatIllegalArgumentException().isThrownBy(() -> Where.all().andEqualIfPresent(column, "sku", null))
			.withMessageContaining("column");
	}

	@ParameterizedTest
	@ValueSource(strings = { "sku OR TRUE", "s:ku", "", "1sku", "sku;" })
	void refusesAParameterThatIsNotAPlainName(String parameter) {
		assertThatIllegalArgumentException().isThrownBy(() -> Where.all().andEqual("sku", parameter, "x"))
			.withMessageContaining("parameter");
	}

	@Test
	void refusesAParameterBoundTwice() {
		Where where = Where.all().andEqual("sku", "sku", "a");

		assertThatIllegalArgumentException().isThrownBy(() -> where.andEqual("parent_sku", "sku", "b"))
			.withMessageContaining(":sku");
	}

	@Test
	void bindsAnInstantAsAUtcTimestamp() {
		Instant at = Instant.parse("2026-03-01T10:15:30Z");

		Where where = Where.all().and("occurred_at", Comparison.AT_LEAST, "from", at);

		assertThat(where.parameters().get("from"))
			.isEqualTo(OffsetDateTime.of(2026, 3, 1, 10, 15, 30, 0, ZoneOffset.UTC));
	}

	@Test
	void refusesATemplateWithoutExactlyOneMarker() {
		JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource("jdbc:postgresql://localhost/none"));
		Where where = Where.all();

		assertThatIllegalArgumentException().isThrownBy(() -> where.statement(jdbc, "SELECT 1"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> where.statement(jdbc, "SELECT 1 WHERE {where} AND {where}"));
	}

	@Test
	void filtersRowsInPostgresqlWithValuesBoundNotWritten() {
		JdbcClient jdbc = postgresql();
		String rows = """
				SELECT sku FROM (VALUES ('t1', 'A-1', 3), ('t1', 'B''2; DROP TABLE x', 5), ('t2', 'A-1', 7))
				    AS stock(tenant_id, sku, on_hand)
				WHERE {where} ORDER BY sku
				""";

		Where tenantOnly = Where.all().andEqual("tenant_id", "tenant", "t1").andEqualIfPresent("sku", "sku", null);
		Where hostileSku = Where.all()
			.andEqual("tenant_id", "tenant", "t1")
			.andEqualIfPresent("sku", "sku", "B'2; DROP TABLE x");
		Where atLeast = Where.all().and("on_hand", Comparison.AT_LEAST, "min", 5);

		assertThat(tenantOnly.statement(jdbc, rows).query(String.class).list()).containsExactly("A-1",
				"B'2; DROP TABLE x");
		assertThat(hostileSku.statement(jdbc, rows).query(String.class).list()).containsExactly("B'2; DROP TABLE x");
		assertThat(atLeast.statement(jdbc, rows).query(String.class).list()).containsExactly("A-1",
				"B'2; DROP TABLE x");
		assertThat(Where.all().statement(jdbc, rows).query(String.class).list()).hasSize(3);
	}

	private static JdbcClient postgresql() {
		PostgresServer postgres = Infrastructure.postgres();
		String database = postgres.newDatabase("where");
		return JdbcClient
			.create(new DriverManagerDataSource(postgres.jdbcUrl(database), postgres.username(), postgres.password()));
	}

}
