package io.sentia.integrations.demo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;

import io.sentia.events.SentiaEvent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DemoDatasetGeneratorTests {

	/**
	 * SHA-256 over the standard dataset. If a change to the generator or catalogue moves
	 * it, bump {@link DemoDatasetGenerator#VERSION} (tenants that loaded the old dataset
	 * then get the new one) and update this value.
	 */
	private static final String STANDARD_DATASET_HASH = "60727edc533ef88c45a57817295c77a917cde2ec2373e992ff0005dfcbd9dfbe";

	@Test
	void sameSeedGivesIdenticalDataset() {
		DemoDataset again = DemoDatasetGenerator.generate(StandardDemoDataset.SPEC);

		assertThat(again.events()).hasSameSizeAs(StandardDemoDataset.get().events());
		assertThat(hash(again)).isEqualTo(hash(StandardDemoDataset.get()));
	}

	@Test
	void otherSeedGivesOtherDataset() {
		DemoDatasetSpec slice = new DemoDatasetSpec(DemoProperties.DEMO_TENANT_ID, 1L, LocalDate.of(2026, 9, 1),
				LocalDate.of(2026, 10, 31));
		DemoDatasetSpec otherSeed = new DemoDatasetSpec(DemoProperties.DEMO_TENANT_ID, 2L, LocalDate.of(2026, 9, 1),
				LocalDate.of(2026, 10, 31));

		assertThat(hash(DemoDatasetGenerator.generate(slice)))
			.isNotEqualTo(hash(DemoDatasetGenerator.generate(otherSeed)))
			.isEqualTo(hash(DemoDatasetGenerator.generate(slice)));
	}

	@Test
	void generatorOutputIsPinnedToItsVersion() {
		assertThat(DemoDatasetGenerator.VERSION).isEqualTo("hhs-v2");
		assertThat(hash(StandardDemoDataset.get())).as("generator output changed: bump VERSION and the pinned hash")
			.isEqualTo(STANDARD_DATASET_HASH);
	}

	@Test
	void eventsAreInTimeOrderWithinTheDatasetDays() {
		Instant first = StandardDemoDataset.SPEC.firstDay().atStartOfDay().toInstant(ZoneOffset.UTC);
		Instant end = StandardDemoDataset.SPEC.lastDay().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
		Instant previous = first;
		for (SentiaEvent event : StandardDemoDataset.get().events()) {
			Instant at = DemoEventTimes.of(event);
			assertThat(at).isBetween(previous, end.minusNanos(1));
			previous = at;
		}
	}

	@Test
	void everyEventBelongsToTheSpecifiedTenant() {
		assertThat(StandardDemoDataset.get().events())
			.allSatisfy((event) -> assertThat(event.tenantId()).isEqualTo(StandardDemoDataset.SPEC.tenantId()));
	}

	static String hash(DemoDataset dataset) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (SentiaEvent event : dataset.events()) {
				digest.update(event.topic().getBytes(StandardCharsets.UTF_8));
				digest.update(event.key().getBytes(StandardCharsets.UTF_8));
				digest.update(event.toString().getBytes(StandardCharsets.UTF_8));
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
