package io.sentia.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The files under {@code observability/} as the tests read them: the Prometheus rules and
 * their unit tests, the Grafana dashboards, and the metric names their PromQL uses.
 */
final class ObservabilityFiles {

	/** What PromQL writes before a parenthesised list of label names. */
	private static final Set<String> LABEL_LIST_KEYWORDS = Set.of("by", "without", "on", "ignoring", "group_left",
			"group_right");

	/**
	 * Words that are not metric names where they are not followed by a parenthesis:
	 * operators, modifiers and aggregations written as {@code sum by (a) (...)}.
	 */
	private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "bool", "offset", "inf", "nan", "sum",
			"min", "max", "avg", "group", "stddev", "stdvar", "count", "count_values", "bottomk", "topk", "quantile",
			"limitk", "limit_ratio");

	private final Path root;

	private ObservabilityFiles(Path root) {
		this.root = root;
	}

	/**
	 * The checkout's files: {@code sentia.root} when set (Maven passes it to the
	 * end-to-end tests), else the parent of the module directory the tests run in.
	 */
	static ObservabilityFiles ofCheckout() {
		Path root = Path.of(System.getProperty("sentia.root", "..")).toAbsolutePath().normalize();
		if (!Files.isDirectory(root.resolve("observability/prometheus"))) {
			throw new IllegalStateException("No observability/prometheus under " + root
					+ ": run from the devstack module or set -Dsentia.root to the checkout");
		}
		return new ObservabilityFiles(root);
	}

	Path root() {
		return this.root;
	}

	Path dir() {
		return this.root.resolve("observability");
	}

	List<Path> ruleFiles() throws IOException {
		return yamlFiles(dir().resolve("prometheus/rules"));
	}

	List<Path> ruleTestFiles() throws IOException {
		return yamlFiles(dir().resolve("prometheus/tests"));
	}

	List<Path> dashboardFiles() throws IOException {
		try (Stream<Path> files = Files.list(dir().resolve("grafana/dashboards"))) {
			return files.filter((file) -> file.toString().endsWith(".json")).sorted().toList();
		}
	}

	/** Every rule of every rule file. */
	List<Rule> rules() throws IOException {
		List<Rule> rules = new ArrayList<>();
		for (Path file : ruleFiles()) {
			Map<String, Object> document = yaml(file);
			for (Map<String, Object> group : maps(document.get("groups"))) {
				for (Map<String, Object> rule : maps(group.get("rules"))) {
					rules.add(new Rule(file.getFileName().toString(), (String) rule.get("alert"),
							(String) rule.get("record"), String.valueOf(rule.get("expr")),
							stringMap(rule.get("annotations"))));
				}
			}
		}
		return rules;
	}

	/** The names of the alerts each rule unit test expects at some evaluation time. */
	List<AlertExpectation> alertExpectations() throws IOException {
		List<AlertExpectation> expectations = new ArrayList<>();
		for (Path file : ruleTestFiles()) {
			for (Map<String, Object> test : maps(yaml(file).get("tests"))) {
				for (Map<String, Object> check : maps(test.get("alert_rule_test"))) {
					expectations.add(new AlertExpectation(String.valueOf(check.get("alertname")),
							!maps(check.get("exp_alerts")).isEmpty()));
				}
			}
		}
		return expectations;
	}

	/** Every PromQL expression of every dashboard: panel targets and variable queries. */
	List<String> dashboardExpressions() throws IOException {
		List<String> expressions = new ArrayList<>();
		JsonMapper json = JsonMapper.builder().build();
		for (Path file : dashboardFiles()) {
			JsonNode dashboard = json.readTree(file.toFile());
			collectTargets(dashboard.path("panels"), expressions);
			for (JsonNode variable : dashboard.path("templating").path("list")) {
				String query = variable.path("definition").asString("");
				if (!query.isBlank()) {
					expressions.add(query);
				}
			}
		}
		return expressions;
	}

	/**
	 * The metric names the rules and dashboards read, without the recording rules' own
	 * names.
	 */
	Set<String> usedMetricNames() throws IOException {
		Set<String> names = new TreeSet<>();
		Set<String> recorded = new TreeSet<>();
		for (Rule rule : rules()) {
			names.addAll(metricNames(rule.expr()));
			if (rule.record() != null) {
				recorded.add(rule.record());
			}
		}
		for (String expression : dashboardExpressions()) {
			names.addAll(metricNames(expression));
		}
		names.removeAll(recorded);
		return names;
	}

	private static void collectTargets(JsonNode panels, List<String> expressions) {
		for (JsonNode panel : panels) {
			for (JsonNode target : panel.path("targets")) {
				String expr = target.path("expr").asString("");
				if (!expr.isBlank()) {
					expressions.add(expr);
				}
			}
			collectTargets(panel.path("panels"), expressions);
		}
	}

	/**
	 * The metric names a PromQL expression (or a Grafana {@code label_values(metric,
	 * label)} query) reads: identifiers outside label matchers, ranges, strings and label
	 * lists that are not functions, operators or keywords.
	 */
	static Set<String> metricNames(String promql) {
		Set<String> names = new TreeSet<>();
		int i = 0;
		int length = promql.length();
		while (i < length) {
			char c = promql.charAt(i);
			if (c == '"' || c == '\'' || c == '`') {
				i = skipString(promql, i);
			}
			else if (c == '{') {
				i = skipGroup(promql, i, '{', '}');
			}
			else if (c == '[') {
				i = skipGroup(promql, i, '[', ']');
			}
			else if (c == '$') {
				// A Grafana variable such as $__rate_interval.
				i++;
				while (i < length && isIdentifierPart(promql.charAt(i))) {
					i++;
				}
			}
			else if (Character.isDigit(c) || c == '.') {
				// Numbers and durations (15m, 1e3, 0.5).
				while (i < length && (Character.isLetterOrDigit(promql.charAt(i)) || promql.charAt(i) == '.')) {
					i++;
				}
			}
			else if (Character.isLetter(c) || c == '_' || c == ':') {
				int start = i;
				while (i < length && isIdentifierPart(promql.charAt(i))) {
					i++;
				}
				String word = promql.substring(start, i);
				int next = skipSpaces(promql, i);
				boolean call = next < length && promql.charAt(next) == '(';
				if (LABEL_LIST_KEYWORDS.contains(word)) {
					i = call ? skipGroup(promql, next, '(', ')') : i;
				}
				else if (word.equals("label_values") && call) {
					// label_values(metric, label): the first argument is a metric name
					// (or a selector) unless the query names only a label.
					int close = skipGroup(promql, next, '(', ')');
					String arguments = promql.substring(next + 1, close - 1);
					if (arguments.contains(",")) {
						names.addAll(metricNames(arguments.substring(0, arguments.lastIndexOf(','))));
					}
					i = close;
				}
				else if (!call && !KEYWORDS.contains(word.toLowerCase(java.util.Locale.ROOT))) {
					names.add(word);
				}
			}
			else {
				i++;
			}
		}
		return names;
	}

	private static boolean isIdentifierPart(char c) {
		return Character.isLetterOrDigit(c) || c == '_' || c == ':';
	}

	private static int skipSpaces(String text, int from) {
		int i = from;
		while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
			i++;
		}
		return i;
	}

	private static int skipString(String text, int start) {
		char quote = text.charAt(start);
		int i = start + 1;
		while (i < text.length() && text.charAt(i) != quote) {
			i += (text.charAt(i) == '\\' && quote != '`') ? 2 : 1;
		}
		return i + 1;
	}

	/** The index after the bracket that closes the one at {@code start}. */
	private static int skipGroup(String text, int start, char open, char close) {
		int depth = 0;
		int i = start;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (c == '"' || c == '\'' || c == '`') {
				i = skipString(text, i);
				continue;
			}
			if (c == open) {
				depth++;
			}
			else if (c == close && --depth == 0) {
				return i + 1;
			}
			i++;
		}
		throw new IllegalArgumentException("Unclosed '" + open + "' at " + start + " in: " + text);
	}

	private static List<Path> yamlFiles(Path dir) throws IOException {
		try (Stream<Path> files = Files.list(dir)) {
			return files.filter((file) -> file.toString().endsWith(".yml")).sorted().toList();
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> yaml(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			Object document = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
			if (!(document instanceof Map<?, ?> map)) {
				throw new IllegalStateException(file + " is not a YAML mapping");
			}
			return (Map<String, Object>) map;
		}
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> maps(Object value) {
		return (value instanceof List<?> list) ? (List<Map<String, Object>>) list : List.of();
	}

	private static Map<String, String> stringMap(Object value) {
		if (!(value instanceof Map<?, ?> map)) {
			return Map.of();
		}
		Map<String, String> strings = new java.util.TreeMap<>();
		map.forEach((key, entry) -> strings.put(String.valueOf(key), String.valueOf(entry)));
		return strings;
	}

	/** A rule: an alert or a recording rule. */
	record Rule(String file, String alert, String record, String expr, Map<String, String> annotations) {
	}

	/** One evaluation of an alert in a rule unit test: fires or not at that time. */
	record AlertExpectation(String alert, boolean fires) {
	}

}
