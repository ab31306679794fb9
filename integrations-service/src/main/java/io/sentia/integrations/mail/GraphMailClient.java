package io.sentia.integrations.mail;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import io.sentia.integrations.connector.ConnectionSpec;
import io.sentia.integrations.connector.Provider;
import io.sentia.integrations.connector.ProviderCallException;
import io.sentia.integrations.connector.ProviderHttp;
import io.sentia.integrations.connector.ProviderRequest;
import io.sentia.integrations.connector.ProviderResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Graph calls for one mailbox, with the connection's bearer token (renewed once when
 * Graph refuses it) under the mailbox's rate policy.
 */
class GraphMailClient {

	private final ProviderHttp http;

	private final GraphTokens tokens;

	private final MailProperties properties;

	private final JsonMapper json;

	GraphMailClient(ProviderHttp http, GraphTokens tokens, MailProperties properties, JsonMapper json) {
		this.http = http;
		this.tokens = tokens;
		this.properties = properties;
		this.json = json;
	}

	/** The first delta URL of a folder: only the fields the reader needs. */
	String deltaStart(String mailbox, String folder) {
		return user(mailbox) + "/mailFolders/" + path(folder)
				+ "/messages/delta?$select=id,subject,hasAttachments,receivedDateTime,from,sender";
	}

	/**
	 * GETs a URL Graph gave us or we built from configuration. A link that leaves the
	 * configured Graph root is refused, so a stored or forged link never carries the
	 * mailbox's token elsewhere.
	 */
	ProviderResponse get(ConnectionSpec connection, String url, String operation) {
		if (!url.startsWith(this.properties.graph() + "/")) {
			throw new ProviderCallException("bad_response", "Graph link for " + operation + " is outside "
					+ this.properties.graph() + "; refusing to follow it");
		}
		return send(connection, "GET", url, null, operation);
	}

	/** GETs and fails unless Graph answers 2xx. */
	JsonNode getJson(ConnectionSpec connection, String url, String operation) {
		return body(get(connection, url, operation), operation);
	}

	/** The attachments of a message. */
	JsonNode attachments(ConnectionSpec connection, String messageId) {
		return getJson(connection, user(connection.account()) + "/messages/" + path(messageId) + "/attachments",
				"mail.attachments");
	}

	/** One attachment with its content. */
	JsonNode attachment(ConnectionSpec connection, String messageId, String attachmentId) {
		return getJson(connection,
				user(connection.account()) + "/messages/" + path(messageId) + "/attachments/" + path(attachmentId),
				"mail.attachment");
	}

	/** Moves a message to a folder. */
	void move(ConnectionSpec connection, String messageId, String folderId) {
		ObjectNode body = this.json.createObjectNode().put("destinationId", folderId);
		body(send(connection, "POST", user(connection.account()) + "/messages/" + path(messageId) + "/move",
				body.toString(), "mail.move"), "mail.move");
	}

	/** The id of the top-level folder with this display name, created when missing. */
	String folderId(ConnectionSpec connection, String displayName) {
		String filter = URLEncoder
			.encode("displayName eq '" + displayName.replace("'", "''") + "'", StandardCharsets.UTF_8)
			.replace("+", "%20");
		JsonNode found = getJson(connection, user(connection.account()) + "/mailFolders?$filter=" + filter,
				"mail.folders");
		if (!found.path("value").isEmpty()) {
			return found.path("value").get(0).path("id").asString();
		}
		ObjectNode body = this.json.createObjectNode().put("displayName", displayName);
		return body(send(connection, "POST", user(connection.account()) + "/mailFolders", body.toString(),
				"mail.folders.create"), "mail.folders.create")
			.path("id")
			.asString();
	}

	/** The folder itself, for the connection check. */
	ProviderResponse folder(ConnectionSpec connection, String folder) {
		return get(connection, user(connection.account()) + "/mailFolders/" + path(folder), "mail.folder");
	}

	private ProviderResponse send(ConnectionSpec connection, String method, String url, String body, String operation) {
		ProviderHttp.ProviderClient client = this.http.client(Provider.MAIL, connection.id(),
				connection.account().toLowerCase(Locale.ROOT),
				() -> new GraphRatePolicy(this.properties.defaultRetryAfter()));
		String token = this.tokens.accessToken(connection);
		ProviderResponse response = client.send(request(method, url, body, token, operation));
		if (response.status() == 401) {
			response = client.send(request(method, url, body, this.tokens.renew(connection, token), operation));
		}
		return response;
	}

	private ProviderRequest request(String method, String url, String body, String token, String operation) {
		Map<String, String> headers = Map.of("Authorization", "Bearer " + token, "Accept", "application/json", "Prefer",
				"odata.maxpagesize=" + this.properties.pageSize());
		return (body != null) ? ProviderRequest.post(URI.create(url), headers, "application/json", body, operation)
				: ProviderRequest.get(URI.create(url), headers, operation);
	}

	/** The JSON body of a 2xx answer; any other answer fails the read. */
	JsonNode body(ProviderResponse response, String operation) {
		if (!response.successful()) {
			throw new ProviderCallException(
					(response.status() == 401 || response.status() == 403) ? "auth_failed" : "bad_response",
					"Graph " + operation + " answered " + response.status() + " " + errorCode(response));
		}
		return this.json.readTree(response.text());
	}

	/** Graph's error code, e.g. {@code SyncStateNotFound}. */
	String errorCode(ProviderResponse response) {
		try {
			return this.json.readTree(response.text()).path("error").path("code").asString("");
		}
		catch (RuntimeException ex) {
			return "";
		}
	}

	private String user(String mailbox) {
		return this.properties.graph() + "/users/" + path(mailbox);
	}

	private static String path(String segment) {
		return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20").replace("%40", "@");
	}

}
