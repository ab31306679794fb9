package io.sentia.servicekit.config;

import java.util.List;

/**
 * A service was started under the {@code prod} profile with development settings.
 */
public class ProductionSettingsException extends IllegalStateException {

	private static final long serialVersionUID = 1L;

	private final List<String> problems;

	ProductionSettingsException(List<String> problems) {
		super("Refusing to start under the prod profile: " + String.join("; ", problems) + ".");
		this.problems = List.copyOf(problems);
	}

	/**
	 * Returns every problem found, not only the first.
	 * @return one line per problem
	 */
	public List<String> problems() {
		return this.problems;
	}

}
