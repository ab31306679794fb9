package io.sentia.servicekit.sql;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.sentia.servicekit.sql.Where.Comparison;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Any mix of present and absent filters, in any order, gives SQL whose placeholders are
 * exactly the bound parameters, one condition per present value, and SQL text that does
 * not depend on the values.
 */
class WherePropertyTests {

	private static final Pattern PLACEHOLDER = Pattern.compile(":([A-Za-z][A-Za-z0-9_]*)");

	@Property
	void placeholdersMatchTheBoundParameters(@ForAll("filters") List<Filter> filters) {
		Where where = build(filters);

		assertThat(placeholders(where.sql())).isEqualTo(where.parameters().keySet());
		List<String> present = filters.stream()
			.filter((filter) -> filter.value() != null)
			.map(Filter::parameter)
			.toList();
		assertThat(where.parameters().keySet()).containsExactlyElementsOf(present);
		assertThat(where.sql().split(" AND ", -1)).hasSize(Math.max(1, present.size()));
		for (Filter filter : filters) {
			if (filter.value() != null) {
				assertThat(where.parameters()).containsEntry(filter.parameter(), filter.value());
			}
		}
	}

	@Property
	void sqlDependsOnWhichFiltersArePresentNotOnTheirValues(@ForAll("filters") List<Filter> filters,
			@ForAll("values") String otherValue) {
		List<Filter> otherValues = filters.stream()
			.map((filter) -> (filter.value() != null) ? filter.withValue(otherValue) : filter)
			.toList();

		assertThat(build(otherValues).sql()).isEqualTo(build(filters).sql());
	}

	@Provide
	Arbitrary<List<Filter>> filters() {
		Arbitrary<String> column = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8);
		Arbitrary<Filter> filter = Combinators
			.combine(column, Arbitraries.of(Comparison.class), values().injectNull(0.4))
			.as((name, comparison, value) -> new Filter(name, comparison, value));
		// Distinct parameters: binding one twice is refused (WhereTests).
		return filter.list().ofMaxSize(8).uniqueElements(Filter::parameter);
	}

	@Provide
	Arbitrary<String> values() {
		// Values that would break SQL if they were ever written into it.
		return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(12),
				Arbitraries.of("x' OR '1'='1", ":tenant", "1; DROP TABLE t", "-- ", "{where}"));
	}

	private static Where build(List<Filter> filters) {
		Where where = Where.all();
		for (Filter filter : filters) {
			where = where.andIfPresent(filter.column(), filter.comparison(), filter.parameter(), filter.value());
		}
		return where;
	}

	private static Set<String> placeholders(String sql) {
		Set<String> names = new LinkedHashSet<>();
		List<String> all = new ArrayList<>();
		Matcher matcher = PLACEHOLDER.matcher(sql);
		while (matcher.find()) {
			names.add(matcher.group(1));
			all.add(matcher.group(1));
		}
		assertThat(all).as("each parameter appears once").hasSameSizeAs(names);
		return names;
	}

	record Filter(String column, Comparison comparison, String value) {

		String parameter() {
			return this.column + "Value";
		}

		Filter withValue(String other) {
			return new Filter(this.column, this.comparison, other);
		}

	}

}
