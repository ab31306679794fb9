package io.sentia.devstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web app as people use it, in a real Chromium against this platform: the Playwright
 * suite of {@code web/e2e} (sign-in per role, the overview's numbers against the API, a
 * forecast's bands, an approval and its execution, a viewer's refusal, a CSV export, an
 * upload's row errors, axe-core on every page), run by {@code web/scripts/e2e.sh}, which
 * installs Debian's {@code chromium} when it is missing. Its output is kept in
 * {@code target/web-e2e.log}.
 */
@ExtendWith(E2EPlatform.class)
@Order(8)
class WebAppE2ETests {

	private static final Pattern INTERACTIVE = Pattern.compile("OVERVIEW_INTERACTIVE_MS=(\\d+)");

	@Test
	void thePlaywrightSuitePassesInChromiumAgainstThePlatform() throws Exception {
		E2EPlatform.awaitDemoLoaded();
		// The forecast and planning pages need the demo's first run (it starts by itself
		// two minutes after the history arrived, if no scenario has run one yet).
		E2EPlatform.eventually(Duration.ofMinutes(10), () -> {
			for (JsonNode run : E2EPlatform.JSON
				.readTree(E2EPlatform.partnerGet("/api/forecasting/v1/runs?limit=100").body())) {
				if (run.path("status").asString().equals("succeeded")) {
					return run;
				}
			}
			return null;
		});
		Path root = Path.of(System.getProperty("sentia.root", "..")).toAbsolutePath().normalize();
		Path log = Path.of("target", "web-e2e.log").toAbsolutePath();
		Files.createDirectories(log.getParent());
		ProcessBuilder suite = new ProcessBuilder(List.of("bash", "scripts/e2e.sh"))
			.directory(root.resolve("web").toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		suite.environment().put("SENTIA_URL", E2EPlatform.gateway());
		suite.environment().put("CI", "true");
		Process process = suite.start();
		boolean finished = process.waitFor(15, TimeUnit.MINUTES);
		if (!finished) {
			process.descendants().forEach(ProcessHandle::destroyForcibly);
			process.destroyForcibly();
		}
		String output = Files.readString(log, StandardCharsets.UTF_8);
		Matcher interactive = INTERACTIVE.matcher(output);
		while (interactive.find()) {
			System.out.println("[web-e2e] overview interactive after " + interactive.group(1) + " ms");
		}
		assertThat(finished).as("the Playwright suite finished within 15 minutes:%n%s", tail(output)).isTrue();
		assertThat(process.exitValue()).as("the Playwright suite's exit code:%n%s", tail(output)).isZero();
	}

	private static String tail(String output) throws IOException {
		List<String> lines = output.lines().toList();
		return String.join("\n", lines.subList(Math.max(0, lines.size() - 120), lines.size()));
	}

}
