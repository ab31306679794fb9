package io.sentia.integrations.mail;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.sentia.integrations.connector.ConnectionCheck;
import io.sentia.integrations.connector.ConnectionSpec;
import io.sentia.integrations.connector.Connector;
import io.sentia.integrations.connector.Provider;
import io.sentia.integrations.connector.ProviderCallException;
import io.sentia.integrations.connector.ProviderResponse;
import io.sentia.integrations.connector.RecordMapper;
import io.sentia.integrations.connector.StreamDefinition;
import io.sentia.integrations.connector.StreamReader;
import io.sentia.integrations.upload.UploadKind;
import io.sentia.integrations.upload.UploadRecordMapper;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Microsoft Graph mail: a connection's account is the mailbox's user principal name, its
 * secrets are the Azure AD {@code tenantId}, {@code clientId} and {@code clientSecret} of
 * an app with the application permission {@code Mail.ReadWrite} (read attachments, move
 * messages), and its one stream, {@value #STREAM}, imports spreadsheet attachments
 * through the upload path.
 */
public class MailConnector implements Connector {

	/** The stream that reads the mailbox. */
	public static final String STREAM = "attachments";

	private final GraphMailClient graph;

	private final MailboxReader reader;

	private final JsonMapper json;

	MailConnector(GraphMailClient graph, MailboxReader reader, JsonMapper json) {
		this.graph = graph;
		this.reader = reader;
		this.json = json;
	}

	@Override
	public Provider provider() {
		return Provider.MAIL;
	}

	@Override
	public Set<String> requiredSecrets() {
		return Set.of(GraphTokens.TENANT_ID, GraphTokens.CLIENT_ID, GraphTokens.CLIENT_SECRET);
	}

	@Override
	public List<StreamDefinition> streams() {
		// A delta link cannot be bounded in time: each read takes everything since it.
		return List.of(new StreamDefinition(STREAM, Duration.ZERO, Duration.ZERO, Duration.ofDays(30), false));
	}

	@Override
	public void checkSettings(Map<String, String> settings) {
		MailboxSettings.allowedSenders(settings.get(MailboxSettings.ALLOWED_SENDERS));
	}

	@Override
	public ConnectionCheck check(ConnectionSpec connection) {
		String folder = MailboxSettings.of(connection).folder();
		try {
			ProviderResponse response = this.graph.folder(connection, folder);
			if (!response.successful()) {
				return new ConnectionCheck(false, response.status(),
						"Graph refused to read folder " + folder + ": " + this.graph.errorCode(response), Map.of());
			}
			JsonNode body = this.json.readTree(response.text());
			return new ConnectionCheck(true, response.status(), "mailbox folder readable",
					Map.of("folder", body.path("displayName").asString(folder), "totalItemCount",
							String.valueOf(body.path("totalItemCount").asLong(0))));
		}
		catch (ProviderCallException ex) {
			return new ConnectionCheck(false, 0, ex.getMessage(), Map.of());
		}
	}

	@Override
	public StreamReader reader(String stream) {
		if (!STREAM.equals(stream)) {
			throw new IllegalArgumentException("mail has one stream, " + STREAM + ", not " + stream);
		}
		return this.reader;
	}

	/**
	 * Mail attachments are ingested by the upload path under the upload kind's stream
	 * (e.g. {@code orders}), so quarantined rows re-process with that kind's mapper; the
	 * {@value #STREAM} stream itself hands the sink no records to map.
	 */
	@Override
	public RecordMapper mapper(String stream) {
		if (STREAM.equals(stream)) {
			return (record, context) -> List.of();
		}
		return UploadRecordMapper.of(UploadKind.fromId(stream));
	}

}
