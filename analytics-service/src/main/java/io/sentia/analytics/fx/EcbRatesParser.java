package io.sentia.analytics.fx;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads the ECB's euro reference rates XML ({@code eurofxref-daily.xml}, or the 90-day
 * and historical files of the same shape): {@code <Cube time="YYYY-MM-DD">} elements,
 * each holding {@code <Cube currency="USD" rate="1.0823"/>}. The parser refuses DOCTYPEs
 * and never resolves an external entity, schema or include, so a hostile or hijacked feed
 * cannot read files or reach other hosts through it.
 */
final class EcbRatesParser {

	/** The ECB's rates are against the euro. */
	static final String BASE = "EUR";

	private EcbRatesParser() {
	}

	/**
	 * Parses the document.
	 * @param xml the document
	 * @return one entry per day in the document, in document order
	 * @throws FeedFormatException if it is not such a document, or a value is not valid
	 */
	static List<ReferenceRates> parse(InputStream xml) {
		Document document;
		try {
			document = hardenedBuilder().parse(xml);
		}
		catch (SAXException | IOException ex) {
			throw new FeedFormatException("The reference rates are not readable XML: " + ex.getMessage(), ex);
		}
		List<ReferenceRates> days = new ArrayList<>();
		NodeList cubes = document.getElementsByTagNameNS("*", "Cube");
		for (int i = 0; i < cubes.getLength(); i++) {
			Element cube = (Element) cubes.item(i);
			if (cube.hasAttribute("time")) {
				days.add(day(cube));
			}
		}
		if (days.isEmpty()) {
			throw new FeedFormatException("The reference rates hold no <Cube time=\"...\"> element");
		}
		return days;
	}

	private static ReferenceRates day(Element cube) {
		LocalDate date;
		try {
			date = LocalDate.parse(cube.getAttribute("time"));
		}
		catch (DateTimeParseException ex) {
			throw new FeedFormatException("Cube time '" + cube.getAttribute("time") + "' is not an ISO date", ex);
		}
		Map<String, BigDecimal> rates = new LinkedHashMap<>();
		NodeList children = cube.getChildNodes();
		for (int i = 0; i < children.getLength(); i++) {
			if (children.item(i).getNodeType() == Node.ELEMENT_NODE && children.item(i) instanceof Element rate
					&& rate.hasAttribute("currency")) {
				String currency = rate.getAttribute("currency");
				if (!Currencies.isIso4217(currency) || currency.equals(BASE)) {
					throw new FeedFormatException("Currency '" + currency + "' of " + date + " is not a quote");
				}
				rates.put(currency, positive(rate.getAttribute("rate"), currency, date));
			}
		}
		if (rates.isEmpty()) {
			throw new FeedFormatException("The reference rates of " + date + " hold no rate");
		}
		return new ReferenceRates(date, BASE, rates);
	}

	private static BigDecimal positive(String value, String currency, LocalDate date) {
		try {
			BigDecimal rate = new BigDecimal(value);
			if (rate.signum() > 0) {
				return rate;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw new FeedFormatException("Rate '" + value + "' of " + currency + " on " + date + " is not above zero");
	}

	private static DocumentBuilder hardenedBuilder() {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
			factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
			factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			factory.setXIncludeAware(false);
			factory.setExpandEntityReferences(false);
			DocumentBuilder builder = factory.newDocumentBuilder();
			builder.setErrorHandler(new FailingErrorHandler());
			return builder;
		}
		catch (ParserConfigurationException ex) {
			throw new IllegalStateException("The JDK's XML parser cannot be hardened", ex);
		}
	}

	/** Errors become exceptions rather than lines on standard error. */
	private static final class FailingErrorHandler implements ErrorHandler {

		@Override
		public void warning(SAXParseException exception) {
		}

		@Override
		public void error(SAXParseException exception) throws SAXException {
			throw exception;
		}

		@Override
		public void fatalError(SAXParseException exception) throws SAXException {
			throw exception;
		}

	}

	/** The feed answered something that is not reference rates. */
	static class FeedFormatException extends RuntimeException {

		FeedFormatException(String message) {
			super(message);
		}

		FeedFormatException(String message, Throwable cause) {
			super(message, cause);
		}

	}

}
