package io.sentia.integrations.upload;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.sentia.servicekit.errors.ApiProblemException;
import io.sentia.servicekit.security.Access;
import io.sentia.servicekit.security.Caller;
import io.sentia.servicekit.security.Role;
import io.sentia.servicekit.tenancy.TenantContext;
import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Spreadsheet uploads: {@code POST} a CSV or XLSX file of one {@link UploadKind} (as the
 * multipart part {@code file}, or as the raw request body with {@code filename} in the
 * query), read uploads and their reports, and read each kind's template. Uploading needs
 * OPERATOR or {@code integrations.write}; reading needs VIEWER or
 * {@code integrations.read}.
 */
@RestController
@RequestMapping("/api/integrations/v1/uploads")
class UploadController {

	/** The gateway's limit on upload bodies. */
	// The file is held once in memory while it is read; 16 MiB keeps that within a 256
	// MiB heap
	// (a 50 MiB body ran devstack's integrations-service out of memory).
	static final DataSize MAX_FILE_SIZE = DataSize.ofMegabytes(16);

	private static final TypeReference<Map<String, String>> MAPPING = new TypeReference<>() {
	};

	private final UploadImporter importer;

	private final TenantContext tenant;

	private final JsonMapper json;

	UploadController(UploadImporter importer, TenantContext tenant, JsonMapper json) {
		this.importer = importer;
		this.tenant = tenant;
		this.json = json;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Access(role = Role.OPERATOR, scopes = "integrations.write")
	UploadView upload(@RequestParam String kind, @RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(required = false) String filename, @RequestParam(required = false) String mapping,
			HttpServletRequest request) {
		UploadKind uploadKind = kind(kind);
		String name;
		byte[] content;
		if (file != null) {
			name = (file.getOriginalFilename() != null) ? file.getOriginalFilename() : "";
			content = bytes(file);
		}
		else {
			name = (filename != null) ? filename : "";
			content = body(request);
		}
		if (content.length == 0) {
			throw ApiProblemException.invalidParameter("file",
					"is required: send the file as the multipart part 'file' or as the request body");
		}
		Caller caller = this.tenant.currentCaller();
		try {
			return this.importer.importFile(new UploadImporter.UploadFile(this.tenant.currentTenantId(), uploadKind,
					name, content, mapping(mapping), caller.subject()), UploadOrigin.user());
		}
		catch (UnsupportedFileException ex) {
			throw new ApiProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-upload",
					"Unsupported file type", ex.getMessage());
		}
		catch (UploadLimitException ex) {
			throw new ApiProblemException(
					ex.tooLarge() ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.UNPROCESSABLE_CONTENT, "upload-limit",
					"Upload over a limit",
					ex.getMessage() + " (limit " + ex.limit() + " = " + ex.max() + "); nothing was imported")
				.with("limit", ex.limit())
				.with("max", ex.max());
		}
		catch (UploadRejectedException ex) {
			throw new ApiProblemException(HttpStatus.BAD_REQUEST, "upload-rejected", "Upload not imported",
					ex.getMessage() + "; nothing was imported");
		}
	}

	@GetMapping
	@Access(role = Role.VIEWER, scopes = "integrations.read")
	List<UploadView> list(@RequestParam(defaultValue = "50") int limit) {
		if (limit < 1 || limit > 500) {
			throw ApiProblemException.invalidParameter("limit", "must be between 1 and 500");
		}
		return this.importer.list(this.tenant.currentTenantId(), limit);
	}

	@GetMapping("/{id}")
	@Access(role = Role.VIEWER, scopes = "integrations.read")
	UploadView get(@PathVariable UUID id) {
		return this.importer.find(this.tenant.currentTenantId(), id)
			.orElseThrow(() -> ApiProblemException.notFound("no upload " + id));
	}

	@GetMapping("/templates/{kind}")
	@Access(role = Role.VIEWER, scopes = "integrations.read")
	UploadTemplate template(@PathVariable String kind) {
		return UploadTemplate.of(kind(kind));
	}

	private static UploadKind kind(String kind) {
		try {
			return UploadKind.fromId(kind);
		}
		catch (IllegalArgumentException ex) {
			throw ApiProblemException.invalidParameter("kind", "must be one of " + UploadKind.ids());
		}
	}

	private Map<String, String> mapping(String mapping) {
		if (mapping == null || mapping.isBlank()) {
			return Map.of();
		}
		try {
			return this.json.readValue(mapping, MAPPING);
		}
		catch (JacksonException ex) {
			throw ApiProblemException.invalidParameter("mapping",
					"must be a JSON object of template column to file column, e.g. {\"order_id\":\"Order #\"}");
		}
	}

	private static byte[] bytes(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			throw ApiProblemException.badRequest("the file part could not be read: " + ex.getMessage());
		}
	}

	private static byte[] body(HttpServletRequest request) {
		try (InputStream in = request.getInputStream()) {
			byte[] content = in.readNBytes((int) MAX_FILE_SIZE.toBytes() + 1);
			if (content.length > MAX_FILE_SIZE.toBytes()) {
				throw new ApiProblemException(HttpStatus.CONTENT_TOO_LARGE, "upload-too-large", "Upload too large",
						"an upload may be at most 16 MiB; split the file");
			}
			return content;
		}
		catch (IOException ex) {
			throw ApiProblemException.badRequest("the request body could not be read: " + ex.getMessage());
		}
	}

}
