package io.sentia.analytics.fx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The ECB reference rates parser reads the daily and multi-day files and refuses anything
 * else, hostile XML first of all.
 */
class EcbRatesParserTests {

	@Test
	void readsTheDailyFile() throws IOException {
		List<ReferenceRates> days;
		try (InputStream sample = getClass().getResourceAsStream("/fx/eurofxref-daily.xml")) {
			days = EcbRatesParser.parse(sample);
		}

		assertThat(days).singleElement().satisfies((day) -> {
			assertThat(day.date()).isEqualTo(LocalDate.of(2026, 3, 2));
			assertThat(day.base()).isEqualTo("EUR");
			assertThat(day.rates()).hasSize(30).containsEntry("USD", new BigDecimal("1.0823"));
			assertThat(day.rates().get("GBP")).isEqualByComparingTo("0.8513");
		});
	}

	@Test
	void readsEveryDayOfAMultiDayFile() {
		List<ReferenceRates> days = EcbRatesParser.parse(xml("""
				<gesmes:Envelope xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01"
				                 xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref">
				  <Cube>
				    <Cube time="2026-03-03"><Cube currency="USD" rate="1.09"/></Cube>
				    <Cube time="2026-03-02"><Cube currency="USD" rate="1.08"/><Cube currency="GBP" rate="0.85"/></Cube>
				  </Cube>
				</gesmes:Envelope>"""));

		assertThat(days).extracting((day) -> day.date() + " " + day.rates().keySet())
			.containsExactly("2026-03-03 [USD]", "2026-03-02 [GBP, USD]");
	}

	@Test
	void refusesADoctypeSoNoExternalEntityIsEverRead(@TempDir Path directory) throws IOException {
		Path secret = Files.writeString(directory.resolve("secret.txt"), "1.2345");
		String hostile = """
				<?xml version="1.0"?>
				<!DOCTYPE Envelope [<!ENTITY secret SYSTEM "%s">]>
				<Envelope><Cube><Cube time="2026-03-02"><Cube currency="USD" rate="&secret;"/></Cube></Cube></Envelope>
				""".formatted(secret.toUri());

		assertThatExceptionOfType(EcbRatesParser.FeedFormatException.class)
			.isThrownBy(() -> EcbRatesParser.parse(xml(hostile)))
			.withMessageContaining("DOCTYPE");
	}

	@Test
	void refusesABillionLaughs() {
		String laughs = """
				<?xml version="1.0"?>
				<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
				<Envelope><Cube><Cube time="2026-03-02"><Cube currency="USD" rate="&lol2;"/></Cube></Cube></Envelope>
				""";

		assertThatExceptionOfType(EcbRatesParser.FeedFormatException.class)
			.isThrownBy(() -> EcbRatesParser.parse(xml(laughs)));
	}

	@Test
	void refusesAnswersThatAreNotReferenceRates() {
		assertThatExceptionOfType(EcbRatesParser.FeedFormatException.class)
			.isThrownBy(() -> EcbRatesParser.parse(xml("<html><body>Service unavailable</body></html>")))
			.withMessageContaining("no <Cube time");
		assertThatExceptionOfType(EcbRatesParser.FeedFormatException.class)
			.isThrownBy(() -> EcbRatesParser.parse(xml("not xml at all")));
		assertThatExceptionOfType(EcbRatesParser.FeedFormatException.class)
			.isThrownBy(() -> EcbRatesParser
				.parse(xml("<Cube><Cube time=\"2026-03-02\"><Cube currency=\"USD\" rate=\"0\"/></Cube></Cube>")))
			.withMessageContaining("not above zero");
		assertThatExceptionOfType(EcbRatesParser.FeedFormatException.class)
			.isThrownBy(() -> EcbRatesParser
				.parse(xml("<Cube><Cube time=\"2026-03-02\"><Cube currency=\"XYZ\" rate=\"1.2\"/></Cube></Cube>")))
			.withMessageContaining("XYZ");
		assertThatExceptionOfType(EcbRatesParser.FeedFormatException.class)
			.isThrownBy(() -> EcbRatesParser
				.parse(xml("<Cube><Cube time=\"02/03/2026\"><Cube currency=\"USD\" rate=\"1.2\"/></Cube></Cube>")))
			.withMessageContaining("ISO date");
	}

	private static InputStream xml(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

}
