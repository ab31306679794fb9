package io.sentia.integrations.upload;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.sentia.integrations.connector.FixedMappingContext;
import io.sentia.integrations.connector.IngestSource;
import io.sentia.integrations.connector.Provider;

import static org.assertj.core.api.Assertions.assertThat;

/** Every documented template is a file the upload path imports without a problem. */
class UploadTemplateTests {

	@ParameterizedTest
	@EnumSource(UploadKind.class)
	void templateExampleHasOneCellPerColumn(UploadKind kind) {
		UploadTemplate template = UploadTemplate.of(kind);

		assertThat(template.example().split(",", -1)).hasSameSizeAs(template.columns());
		assertThat(template.header().split(",")).hasSameSizeAs(template.columns());
	}

	@ParameterizedTest
	@EnumSource(UploadKind.class)
	void templateExampleImportsAsOneEvent(UploadKind kind) {
		PreparedUpload upload = PreparedUpload.read(kind, kind.id() + ".csv",
				UploadTemplate.of(kind).csv().getBytes(StandardCharsets.UTF_8), Map.of(), Instant.now());
		IngestSource source = new IngestSource("t1", Provider.UPLOAD, kind.id(), null, null, UUID.randomUUID());

		assertThat(upload.records()).singleElement()
			.satisfies((record) -> assertThat(upload.mapper().map(record, FixedMappingContext.of(source))).hasSize(1));
	}

}
