package io.sentia.analytics.export;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Draws an {@link ExecutiveSummary} on one A4 page: the KPIs, the weekly closing balances
 * as a bar chart (drawn with the content stream, bars below the minimum cash in red) and
 * the top risks. Text a standard font cannot show is replaced with {@code ?}, so a
 * customer's name never breaks the document.
 */
final class ExecutiveSummaryPdf {

	private static final float MARGIN = 50;

	private static final float CHART_HEIGHT = 170;

	private static final int MAX_RISK_CHARS = 95;

	private static final Color BAR = new Color(46, 104, 165);

	private static final Color BAR_BELOW = new Color(196, 48, 43);

	private static final Color RULE = new Color(120, 120, 120);

	private ExecutiveSummaryPdf() {
	}

	static byte[] render(ExecutiveSummary summary) throws IOException {
		PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
		PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			float width = page.getMediaBox().getWidth();
			float y = page.getMediaBox().getHeight() - MARGIN;
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				text(content, bold, 18, MARGIN, y, "Executive summary");
				y -= 20;
				text(content, regular, 10, MARGIN, y, "Sales " + summary.from() + " to " + summary.to()
						+ "; cash outlook from " + summary.outlookAsOf() + "; amounts in " + summary.currency());
				y -= 28;
				text(content, bold, 13, MARGIN, y, "Sales KPIs");
				y -= 18;
				for (ExecutiveSummary.Kpi kpi : summary.kpis()) {
					text(content, regular, 10, MARGIN, y, kpi.label());
					text(content, bold, 10, MARGIN + 200, y, kpi.value());
					y -= 14;
				}
				y -= 14;
				text(content, bold, 13, MARGIN, y, "Closing cash balance, next 13 weeks");
				y -= 12;
				chart(content, regular, summary, MARGIN, y - CHART_HEIGHT, width - 2 * MARGIN);
				y -= CHART_HEIGHT + 40;
				text(content, bold, 13, MARGIN, y, "Top risks");
				y -= 18;
				List<String> risks = summary.risks().isEmpty()
						? List.of("No week below the minimum cash and nothing overdue.") : summary.risks();
				for (String risk : risks) {
					String line = (risk.length() > MAX_RISK_CHARS) ? risk.substring(0, MAX_RISK_CHARS - 1) + "..."
							: risk;
					text(content, regular, 10, MARGIN, y, "- " + line);
					y -= 14;
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
	}

	/**
	 * Bars from a zero line, scaled between the lowest and highest of zero, balances and
	 * threshold.
	 */
	private static void chart(PDPageContentStream content, PDType1Font font, ExecutiveSummary summary, float left,
			float bottom, float width) throws IOException {
		BigDecimal max = summary.minimumCash().max(BigDecimal.ZERO);
		BigDecimal min = summary.minimumCash().min(BigDecimal.ZERO);
		for (ExecutiveSummary.WeekBar week : summary.weeks()) {
			max = max.max(week.closing());
			min = min.min(week.closing());
		}
		float span = max.subtract(min).floatValue();
		float scale = (span > 0) ? CHART_HEIGHT / span : 0;
		float zero = bottom - min.floatValue() * scale;
		int bars = Math.max(1, summary.weeks().size());
		float slot = width / bars;
		for (ExecutiveSummary.WeekBar week : summary.weeks()) {
			float x = left + (week.number() - 1) * slot + slot * 0.15f;
			float height = week.closing().floatValue() * scale;
			content.setNonStrokingColor(week.belowThreshold() ? BAR_BELOW : BAR);
			content.addRect(x, Math.min(zero, zero + height), slot * 0.7f, Math.abs(height));
			content.fill();
			content.setNonStrokingColor(Color.BLACK);
			text(content, font, 7, x, bottom - 12, "W" + week.number());
		}
		content.setStrokingColor(RULE);
		content.setLineWidth(0.5f);
		content.moveTo(left, zero);
		content.lineTo(left + width, zero);
		content.stroke();
		float threshold = zero + summary.minimumCash().floatValue() * scale;
		content.setStrokingColor(BAR_BELOW);
		content.setLineDashPattern(new float[] { 3, 3 }, 0);
		content.moveTo(left, threshold);
		content.lineTo(left + width, threshold);
		content.stroke();
		content.setLineDashPattern(new float[0], 0);
		content.setNonStrokingColor(Color.BLACK);
		text(content, font, 7, left, bottom - 24, "Scale from " + min.toPlainString() + " to " + max.toPlainString()
				+ "; dashed line: minimum cash " + summary.minimumCash().toPlainString() + "; red: a week below it");
	}

	private static void text(PDPageContentStream content, PDType1Font font, float size, float x, float y, String text)
			throws IOException {
		content.beginText();
		content.setFont(font, size);
		content.newLineAtOffset(x, y);
		content.showText(showable(font, text));
		content.endText();
	}

	/** The text with every character the font's encoding lacks replaced by {@code ?}. */
	static String showable(PDType1Font font, String text) {
		StringBuilder result = new StringBuilder(text.length());
		text.codePoints().forEach((codePoint) -> {
			String character = Character.toString(codePoint);
			try {
				font.encode(character);
				result.append(character);
			}
			catch (IOException | IllegalArgumentException ex) {
				result.append('?');
			}
		});
		return result.toString();
	}

}
