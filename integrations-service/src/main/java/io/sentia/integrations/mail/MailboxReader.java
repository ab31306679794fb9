package io.sentia.integrations.mail;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.micrometer.core.instrument.MeterRegistry;
import io.sentia.integrations.connector.ConnectionSpec;
import io.sentia.integrations.connector.PageSink;
import io.sentia.integrations.connector.ProviderCallException;
import io.sentia.integrations.connector.ProviderResponse;
import io.sentia.integrations.connector.ReadRequest;
import io.sentia.integrations.connector.StreamReader;
import io.sentia.integrations.upload.UploadImporter;
import io.sentia.integrations.upload.UploadKind;
import io.sentia.integrations.upload.UploadOrigin;
import io.sentia.integrations.upload.UploadView;
import tools.jackson.databind.JsonNode;

/**
 * Reads a mailbox folder by Graph delta query: follows {@code @odata.nextLink} pages as
 * opaque URLs, hands each page's position to the sink (the next link, and the
 * {@code @odata.deltaLink} at the end, which the engine saves as the stream's token),
 * imports every CSV/XLSX file attachment through the upload path once, and moves each
 * message it imported from to the processed folder. Only messages whose {@code from} and
 * {@code sender} are both among the connection's allowed senders are imported; from any
 * other message each spreadsheet attachment is recorded once as a rejected upload naming
 * the sender (visible in the uploads API), counted in {@value #SKIPPED} (tag
 * {@code connection}), and the message is left where it is. An expired delta token (410
 * or {@code SyncStateNotFound}) starts a full read again, which re-imports nothing
 * because imports are once per attachment.
 */
class MailboxReader implements StreamReader {

	private static final Logger log = LoggerFactory.getLogger(MailboxReader.class);

	private static final String FILE_ATTACHMENT = "microsoft.graph.fileAttachment";

	static final String SKIPPED = "sentia.integrations.mail.skipped.messages";

	private final GraphMailClient graph;

	private final AttachmentImports importer;

	private final Map<String, String> processedFolders = new ConcurrentHashMap<>();

	private final MeterRegistry meters;

	MailboxReader(GraphMailClient graph, AttachmentImports importer, MeterRegistry meters) {
		this.graph = graph;
		this.importer = importer;
		this.meters = meters;
	}

	@Override
	public void read(ReadRequest request, PageSink sink) {
		ConnectionSpec connection = request.connection();
		MailboxSettings settings = MailboxSettings.of(connection);
		String start = this.graph.deltaStart(settings.mailbox(), settings.folder());
		String url = (request.token() != null) ? request.token() : start;
		boolean resynced = false;
		while (url != null) {
			ProviderResponse response = this.graph.get(connection, url, "mail.delta");
			if (!resynced && !url.equals(start) && expiredDelta(response)) {
				log.info("delta token of mail connection {} expired; reading the folder again", connection.id());
				url = start;
				resynced = true;
				continue;
			}
			JsonNode page = this.graph.body(response, "mail.delta");
			for (JsonNode message : page.path("value")) {
				if (!message.has("@removed") && message.path("hasAttachments").asBoolean(false)) {
					String refused = refusedSender(settings, message);
					if (refused == null) {
						importMessage(connection, settings, message.path("id").asString());
					}
					else {
						skipMessage(connection, settings, message.path("id").asString(), refused);
					}
				}
			}
			String next = page.path("@odata.nextLink").asString(null);
			String delta = page.path("@odata.deltaLink").asString(null);
			sink.page(List.of(), new PageSink.Progress(null, (next != null) ? next : delta, null));
			url = sink.cancelled() ? null : next;
		}
	}

	/**
	 * The address that keeps a message out, or {@code null} when both {@code from} and
	 * {@code sender} (where Graph gives one) are allowed.
	 */
	private static String refusedSender(MailboxSettings settings, JsonNode message) {
		String from = message.path("from").path("emailAddress").path("address").asString("");
		if (!settings.allowsSender(from)) {
			return from.isBlank() ? "(no sender)" : from;
		}
		String sender = message.path("sender").path("emailAddress").path("address").asString("");
		return (sender.isBlank() || settings.allowsSender(sender)) ? null : sender;
	}

	private void skipMessage(ConnectionSpec connection, MailboxSettings settings, String messageId, String sender) {
		String reason = settings.allowedSenders().isEmpty()
				? "not imported: this mail connection has no allowedSenders setting, so no sender is allowed"
				: "not imported: sender " + sender + " is not in this mail connection's allowedSenders";
		int recorded = 0;
		for (JsonNode attachment : spreadsheets(connection, messageId)) {
			String name = attachment.path("name").asString("");
			Optional<UploadKind> kind = settings.kindOf(name);
			if (kind.isEmpty()) {
				// Not imported from anyone; nothing to tell.
				continue;
			}
			if (this.importer.rejectOnce(
					new UploadImporter.UploadFile(connection.tenantId(), kind.get(), name, new byte[0], Map.of(),
							"mail:" + connection.id()),
					UploadOrigin.mail(connection.id(), settings.mailbox(), connection.region(), messageId,
							attachment.path("id").asString()),
					reason)
				.isPresent()) {
				recorded++;
			}
		}
		if (recorded > 0) {
			this.meters.counter(SKIPPED, "connection", connection.id().toString()).increment();
			log.warn("mail connection {}: message {} skipped, its sender is not allowed ({} attachment(s) recorded)",
					connection.id(), messageId, recorded);
		}
	}

	private List<JsonNode> spreadsheets(ConnectionSpec connection, String messageId) {
		List<JsonNode> spreadsheets = new ArrayList<>();
		for (JsonNode attachment : this.graph.attachments(connection, messageId).path("value")) {
			if (isFileAttachment(attachment) && !attachment.path("isInline").asBoolean(false)
					&& MailboxSettings.isSpreadsheet(attachment.path("name").asString(""))) {
				spreadsheets.add(attachment);
			}
		}
		return spreadsheets;
	}

	private boolean expiredDelta(ProviderResponse response) {
		return response.status() == 410
				|| (response.status() >= 400 && "SyncStateNotFound".equals(this.graph.errorCode(response)));
	}

	private void importMessage(ConnectionSpec connection, MailboxSettings settings, String messageId) {
		List<UploadView> imported = new ArrayList<>();
		boolean spreadsheet = false;
		for (JsonNode attachment : this.graph.attachments(connection, messageId).path("value")) {
			String name = attachment.path("name").asString("");
			if (!isFileAttachment(attachment) || attachment.path("isInline").asBoolean(false)
					|| !MailboxSettings.isSpreadsheet(name)) {
				continue;
			}
			Optional<UploadKind> kind = settings.kindOf(name);
			if (kind.isEmpty()) {
				log.warn("mail connection {}: no kind for attachment '{}'; set kind.<kind> or defaultKind",
						connection.id(), name);
				continue;
			}
			spreadsheet = true;
			String attachmentId = attachment.path("id").asString();
			byte[] content = content(connection, messageId, attachment);
			this.importer
				.importOnce(
						new UploadImporter.UploadFile(connection.tenantId(), kind.get(), name, content, Map.of(),
								"mail:" + connection.id()),
						UploadOrigin.mail(connection.id(), settings.mailbox(), connection.region(), messageId,
								attachmentId))
				.ifPresent(imported::add);
		}
		if (spreadsheet) {
			this.graph.move(connection, messageId, processedFolder(connection, settings));
			log.info("mail connection {}: message imported {} new attachment(s) and moved to {}", connection.id(),
					imported.size(), settings.processedFolder());
		}
	}

	private byte[] content(ConnectionSpec connection, String messageId, JsonNode attachment) {
		String base64 = attachment.path("contentBytes").asString(null);
		if (base64 == null) {
			base64 = this.graph.attachment(connection, messageId, attachment.path("id").asString())
				.path("contentBytes")
				.asString(null);
		}
		if (base64 == null) {
			throw new ProviderCallException("bad_response", "Graph returned attachment without contentBytes");
		}
		return Base64.getMimeDecoder().decode(base64);
	}

	private String processedFolder(ConnectionSpec connection, MailboxSettings settings) {
		return this.processedFolders.computeIfAbsent(connection.id() + "|" + settings.processedFolder(),
				(key) -> this.graph.folderId(connection, settings.processedFolder()));
	}

	private static boolean isFileAttachment(JsonNode attachment) {
		String type = attachment.path("@odata.type").asString("");
		return type.equals("#" + FILE_ATTACHMENT) || type.equals(FILE_ATTACHMENT);
	}

}
