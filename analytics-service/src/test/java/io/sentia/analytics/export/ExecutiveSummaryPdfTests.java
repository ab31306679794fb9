package io.sentia.analytics.export;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The summary page on its own: names a standard font cannot show do not break it, and a
 * negative balance is drawn without failing.
 */
class ExecutiveSummaryPdfTests {

	@Test
	void charactersOutsideTheFontAreReplacedAndNegativeBalancesStillRender() throws Exception {
		List<ExecutiveSummary.WeekBar> weeks = new ArrayList<>();
		for (int week = 1; week <= 13; week++) {
			weeks.add(new ExecutiveSummary.WeekBar(week, LocalDate.of(2026, 3, 2).plusWeeks(week - 1),
					BigDecimal.valueOf(500 - 100L * week), 500 - 100L * week < 0));
		}
		ExecutiveSummary summary = new ExecutiveSummary(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), "EUR",
				List.of(new ExecutiveSummary.Kpi("Revenue", "1234.56 EUR")), LocalDate.of(2026, 3, 2), weeks,
				BigDecimal.ZERO, List.of("Overdue from Ωmega Café 北京: 10.00 EUR"));

		try (PDDocument pdf = Loader.loadPDF(ExecutiveSummaryPdf.render(summary))) {
			assertThat(pdf.getNumberOfPages()).isEqualTo(1);
			String text = new PDFTextStripper().getText(pdf);
			assertThat(text).contains("Revenue 1234.56 EUR", "Overdue from ?mega Café ??: 10.00 EUR",
					"Scale from -800 to 400");
		}
	}

}
