package io.sentia.integrations.upload;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import io.sentia.servicekit.security.Role;
import io.sentia.testkit.InfrastructureTests;
import io.sentia.testkit.security.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures the heap an upload costs the running service, over real HTTP: a zip-bomb XLSX
 * (expanding to 1 GiB), a 16 MiB CSV over the row cap and a 10 MiB CSV within the caps.
 * The heap pools' peak usage is reset before each upload and read after it (the sum of
 * per-pool peaks, so at most a slight overestimate). Not part of the normal build:
 * {@code bench/integrations-uploads/upload-heap.sh} runs it with
 * {@code -Dsentia.measure=true}. It asserts the answers (never a heap figure).
 */
@EnabledIfSystemProperty(named = "sentia.measure", matches = "true")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "sentia.integrations.sync.scheduled=false",
		"spring.servlet.multipart.max-file-size=60MB", "spring.servlet.multipart.max-request-size=61MB" })
class UploadHeapMeasurementTests extends InfrastructureTests {

	private static final String TENANT = "0a0a0a0a-0000-4000-8000-0000000f1b00";

	private static final long MIB = 1024 * 1024;

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Test
	void measuresPeakHeapOfAZipBombAndFiftyMibCsvFiles() throws Exception {
		String report = measure("zip-bomb-xlsx", "products.xlsx", () -> ZipBombs.workbook(1024 * MIB), 422,
				"min-inflate-ratio")
				+ measure("csv-16MiB-over-row-cap", "products.csv", () -> csv(16 * MIB, 8), 413, "max-rows")
				+ measure("csv-10MiB-within-caps", "products.csv", () -> csv(10 * MIB, 540), 201, "\"imported\"");

		String line = Instant.now() + " max_heap_MiB=" + Runtime.getRuntime().maxMemory() / MIB + " load_avg="
				+ Files.readString(Path.of("/proc/loadavg")).strip() + report + System.lineSeparator();
		System.out.print("upload heap: " + line);
		Path file = Path.of(System.getProperty("sentia.measure.report", "target/upload-heap.txt"));
		Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
	}

	/**
	 * Uploads one file; the baseline after a GC includes the file the client holds, so
	 * peak minus baseline is what the service spent.
	 */
	private String measure(String label, String fileName, Callable<byte[]> file, int expectedStatus,
			String expectedInBody) throws Exception {
		byte[] content = file.call();
		List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter((pool) -> pool.getType() == MemoryType.HEAP)
			.toList();
		System.gc();
		long before = heap.stream().mapToLong((pool) -> pool.getUsage().getUsed()).sum();
		heap.forEach(MemoryPoolMXBean::resetPeakUsage);
		long started = System.nanoTime();
		HttpResponse<String> response = this.http.send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port
					+ "/api/integrations/v1/uploads?kind=products&filename=" + fileName))
			.header("Authorization", TestTokens.bearer(TestTokens.user(TENANT, Role.OPERATOR)))
			.header("Content-Type", "application/octet-stream")
			.POST(HttpRequest.BodyPublishers.ofByteArray(content))
			.build(), HttpResponse.BodyHandlers.ofString());
		long millis = (System.nanoTime() - started) / 1_000_000;
		long peak = heap.stream().mapToLong((pool) -> pool.getPeakUsage().getUsed()).sum();
		assertThat(response.statusCode()).as(response.body()).isEqualTo(expectedStatus);
		assertThat(response.body()).contains(expectedInBody);
		return String.format(Locale.ROOT,
				" | %s file_MiB=%.1f status=%d ms=%d heap_before_MiB=%d peak_heap_MiB=%d service_MiB=%d", label,
				content.length / (double) MIB, response.statusCode(), millis, before / MIB, peak / MIB,
				(peak - before) / MIB);
	}

	/** A products CSV of at most {@code size} bytes, each row a new SKU and a name. */
	private static byte[] csv(long size, int nameLength) {
		StringBuilder csv = new StringBuilder((int) size).append("sku,name\n");
		String name = "n".repeat(nameLength);
		for (int i = 0;; i++) {
			String line = "HH-B-" + i + "," + name + "\n";
			if (csv.length() + line.length() > size) {
				return csv.toString().getBytes(StandardCharsets.UTF_8);
			}
			csv.append(line);
		}
	}

}
