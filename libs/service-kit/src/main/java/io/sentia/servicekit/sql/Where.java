package io.sentia.servicekit.sql;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;

/**
 * A WHERE clause built from conditions, each a column compared with a named parameter; an
 * optional condition is added only when its value is present. Values are always bound,
 * never written into the SQL, and column and parameter names must be plain identifiers,
 * so they come from the code, not from a request.
 *
 * <pre class="code">
 * Where where = Where.all()
 *     .and("tenant_id", Comparison.EQUAL, "tenant", tenantId)
 *     .andIfPresent("sku", Comparison.EQUAL, "sku", filter.sku())
 *     .andIfPresent("occurred_at", Comparison.AT_LEAST, "from", filter.from());
 * where.statement(jdbc, "SELECT count(*) FROM audit_event WHERE {where}").query(Integer.class).single();
 * </pre>
 *
 * Instances are immutable: every {@code and…} returns a new clause.
 */
public final class Where {

	/** Where the clause goes in a statement template. */
	public static final String MARKER = "{where}";

	// Lower-case snake case, optionally qualified by a table alias: nothing that could
	// end
	// the identifier, quote, comment or start another statement.
	private static final Pattern COLUMN = Pattern.compile("[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)?");

	private static final Pattern PARAMETER = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

	private static final Where ALL = new Where(List.of(), Map.of());

	private final List<String> conditions;

	private final Map<String, Object> parameters;

	private Where(List<String> conditions, Map<String, Object> parameters) {
		this.conditions = conditions;
		this.parameters = parameters;
	}

	/**
	 * The clause without conditions, which every row satisfies.
	 * @return the empty clause
	 */
	public static Where all() {
		return ALL;
	}

	/**
	 * Adds a condition that always applies.
	 * @param column the column, e.g. {@code tenant_id} or {@code f.tenant_id}
	 * @param comparison how the column compares with the value
	 * @param parameter the name the value is bound under
	 * @param value the value; an {@link Instant} is bound as a UTC timestamp
	 * @return the clause with the condition
	 * @throws IllegalArgumentException if the value is null, a name is not a plain
	 * identifier, or the parameter is bound already
	 */
	public Where and(String column, Comparison comparison, String parameter, Object value) {
		if (value == null) {
			throw new IllegalArgumentException("Condition on " + column + " needs a value for :" + parameter);
		}
		return with(column, comparison, parameter, value);
	}

	/**
	 * Adds a condition only when its value is present.
	 * @param column the column
	 * @param comparison how the column compares with the value
	 * @param parameter the name the value is bound under
	 * @param value the value, or null for no condition
	 * @return the clause with the condition, or this clause when the value is null
	 * @throws IllegalArgumentException if a name is not a plain identifier or the
	 * parameter is bound already
	 */
	public Where andIfPresent(String column, Comparison comparison, String parameter, @Nullable Object value) {
		checkNames(column, parameter);
		return (value != null) ? with(column, comparison, parameter, value) : this;
	}

	/**
	 * Shorthand for {@code and(column, Comparison.EQUAL, parameter, value)}.
	 * @param column the column
	 * @param parameter the name the value is bound under
	 * @param value the value
	 * @return the clause with the condition
	 */
	public Where andEqual(String column, String parameter, Object value) {
		return and(column, Comparison.EQUAL, parameter, value);
	}

	/**
	 * Shorthand for {@code andIfPresent(column, Comparison.EQUAL, parameter, value)}.
	 * @param column the column
	 * @param parameter the name the value is bound under
	 * @param value the value, or null for no condition
	 * @return the clause with the condition, or this clause when the value is null
	 */
	public Where andEqualIfPresent(String column, String parameter, @Nullable Object value) {
		return andIfPresent(column, Comparison.EQUAL, parameter, value);
	}

	/**
	 * The conditions joined with {@code AND}, or {@code TRUE} when there are none.
	 * @return the clause, without the {@code WHERE} keyword
	 */
	public String sql() {
		return this.conditions.isEmpty() ? "TRUE" : String.join(" AND ", this.conditions);
	}

	/**
	 * The values the clause binds, by parameter name, in the order they were added.
	 * @return the parameters
	 */
	public Map<String, Object> parameters() {
		return Collections.unmodifiableMap(this.parameters);
	}

	/**
	 * A statement with this clause in place of {@value #MARKER} and its parameters bound.
	 * The template is the rest of the statement, written in the code; bind any further
	 * parameters (a limit, an offset) on the returned spec.
	 * @param jdbc the client
	 * @param template the statement, with {@value #MARKER} exactly once
	 * @return the statement, ready to query or update
	 */
	public StatementSpec statement(JdbcClient jdbc, String template) {
		int marker = template.indexOf(MARKER);
		if (marker < 0 || template.indexOf(MARKER, marker + 1) >= 0) {
			throw new IllegalArgumentException("Statement template must contain " + MARKER + " exactly once");
		}
		return jdbc.sql(template.replace(MARKER, sql())).params(this.parameters);
	}

	@Override
	public String toString() {
		return sql() + " " + this.parameters.keySet();
	}

	private Where with(String column, Comparison comparison, String parameter, Object value) {
		checkNames(column, parameter);
		if (this.parameters.containsKey(parameter)) {
			throw new IllegalArgumentException("Parameter :" + parameter + " is bound already");
		}
		Objects.requireNonNull(comparison, "comparison");
		List<String> conditions = new ArrayList<>(this.conditions);
		conditions.add(column + " " + comparison.operator + " :" + parameter);
		Map<String, Object> parameters = new LinkedHashMap<>(this.parameters);
		parameters.put(parameter, bindable(value));
		return new Where(List.copyOf(conditions), parameters);
	}

	private static void checkNames(String column, String parameter) {
		if (column == null || !COLUMN.matcher(column).matches()) {
			throw new IllegalArgumentException("Not a plain column name: '" + column + "'");
		}
		if (parameter == null || !PARAMETER.matcher(parameter).matches()) {
			throw new IllegalArgumentException("Not a plain parameter name: '" + parameter + "'");
		}
	}

	// The PostgreSQL driver binds OffsetDateTime, not Instant.
	private static Object bindable(Object value) {
		return (value instanceof Instant instant) ? instant.atOffset(ZoneOffset.UTC) : value;
	}

	/** How a column compares with its parameter. */
	public enum Comparison {

		/** {@code column = :parameter} */
		EQUAL("="),

		/** {@code column <> :parameter} */
		NOT_EQUAL("<>"),

		/** {@code column < :parameter}, e.g. the exclusive end of a range */
		LESS_THAN("<"),

		/** {@code column <= :parameter} */
		AT_MOST("<="),

		/** {@code column > :parameter} */
		GREATER_THAN(">"),

		/** {@code column >= :parameter}, e.g. the inclusive start of a range */
		AT_LEAST(">=");

		private final String operator;

		Comparison(String operator) {
			this.operator = operator;
		}

	}

}
