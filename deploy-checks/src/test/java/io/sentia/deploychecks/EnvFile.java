package io.sentia.deploychecks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code .env.example}: the variables docker-compose.yml reads, with empty values where
 * an operator must supply a secret.
 */
final class EnvFile {

	private EnvFile() {
	}

	static Path example() {
		return Repository.root().resolve(".env.example");
	}

	/**
	 * The example's variables in order.
	 * @return name to value (empty when the operator must fill it)
	 */
	static Map<String, String> exampleVariables() {
		Map<String, String> variables = new LinkedHashMap<>();
		for (String line : Repository.read(example()).split("\n")) {
			String trimmed = line.strip();
			if (trimmed.isEmpty() || trimmed.startsWith("#")) {
				continue;
			}
			int equals = trimmed.indexOf('=');
			if (equals <= 0) {
				throw new IllegalStateException(".env.example: not NAME=value: " + trimmed);
			}
			variables.put(trimmed.substring(0, equals), trimmed.substring(equals + 1));
		}
		return variables;
	}

	/**
	 * The example with every empty value filled by a fresh random one, as an operator's
	 * {@code .env} would be.
	 * @param directory where to write it
	 * @return the file
	 */
	static Path filledIn(Path directory) {
		SecureRandom random = new SecureRandom();
		StringBuilder env = new StringBuilder();
		exampleVariables().forEach((name, value) -> {
			if (value.isEmpty()) {
				byte[] bytes = new byte[32];
				random.nextBytes(bytes);
				value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
			}
			env.append(name).append('=').append(value).append('\n');
		});
		try {
			return Files.writeString(directory.resolve(".env"), env);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
