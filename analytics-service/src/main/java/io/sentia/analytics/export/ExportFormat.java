package io.sentia.analytics.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import io.sentia.servicekit.errors.ApiProblemException;

import org.springframework.http.MediaType;

/**
 * A file format a table can be downloaded in, with its content type and file extension.
 */
enum ExportFormat {

	CSV("csv", new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8)),

	XLSX("xlsx", MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));

	private final String extension;

	private final MediaType contentType;

	ExportFormat(String extension, MediaType contentType) {
		this.extension = extension;
		this.contentType = contentType;
	}

	String extension() {
		return this.extension;
	}

	MediaType contentType() {
		return this.contentType;
	}

	/**
	 * The format a request names.
	 * @param value the {@code format} parameter
	 * @return the format
	 * @throws ApiProblemException 400 naming {@code format} when it is not one offered
	 */
	static ExportFormat of(String value) {
		return Arrays.stream(values())
			.filter((format) -> format.extension.equals(value.toLowerCase(Locale.ROOT)))
			.findFirst()
			.orElseThrow(() -> ApiProblemException.invalidParameter("format", "must be one of "
					+ Arrays.stream(values()).map(ExportFormat::extension).collect(Collectors.joining(", "))));
	}

}
