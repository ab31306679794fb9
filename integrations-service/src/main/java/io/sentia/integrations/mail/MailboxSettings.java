package io.sentia.integrations.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import io.sentia.integrations.connector.ConnectionSpec;
import io.sentia.integrations.upload.UploadKind;

/**
 * A mail connection's settings: the folder it reads, the folder processed messages go to,
 * and which upload kind an attachment is, by file-name pattern ({@code kind.<kind>}, e.g.
 * {@code kind.orders = orders*}) or else {@code defaultKind}, and whose messages it may
 * import at all ({@code allowedSenders}).
 *
 * @param mailbox the mailbox's user principal name
 * @param folder folder id or well-known name to read (default {@code inbox})
 * @param processedFolder display name of the folder processed messages move to (default
 * {@code Processed}; created when missing)
 * @param rules file-name patterns per kind, in template order
 * @param defaultKind the kind of attachments no pattern matches, or empty to skip them
 * @param allowedSenders sender addresses ({@code orders@supplier.example}) and domains
 * ({@code @supplier.example}) whose messages are imported, lower case; empty: none
 */
record MailboxSettings(String mailbox, String folder, String processedFolder, List<Rule> rules,
		Optional<UploadKind> defaultKind, List<String> allowedSenders) {

	/** The setting that lists the allowed senders, separated by commas. */
	static final String ALLOWED_SENDERS = "allowedSenders";

	private static final Pattern ADDRESS = Pattern.compile("[^@\\s,;]+@[a-z0-9-]+(\\.[a-z0-9-]+)+");

	private static final Pattern DOMAIN = Pattern.compile("@[a-z0-9-]+(\\.[a-z0-9-]+)+");

	static MailboxSettings of(ConnectionSpec connection) {
		Map<String, String> settings = connection.settings();
		List<Rule> rules = new ArrayList<>();
		for (UploadKind kind : UploadKind.values()) {
			String pattern = settings.get("kind." + kind.id());
			if (pattern != null && !pattern.isBlank()) {
				rules.add(new Rule(kind, glob(pattern)));
			}
		}
		String defaultKind = settings.get("defaultKind");
		return new MailboxSettings(connection.account(), connection.setting("folder", "inbox"),
				connection.setting("processedFolder", "Processed"), List.copyOf(rules),
				(defaultKind == null || defaultKind.isBlank()) ? Optional.empty()
						: Optional.of(UploadKind.fromId(defaultKind)),
				allowedSenders(settings.get(ALLOWED_SENDERS)));
	}

	/**
	 * The allowed senders of a setting: addresses and {@code @domain}s separated by
	 * commas, semicolons or spaces.
	 * @throws IllegalArgumentException naming an entry that is neither
	 */
	static List<String> allowedSenders(String setting) {
		if (setting == null || setting.isBlank()) {
			return List.of();
		}
		List<String> senders = new ArrayList<>();
		for (String entry : setting.toLowerCase(Locale.ROOT).split("[,;\\s]+")) {
			if (entry.isEmpty()) {
				continue;
			}
			if (!ADDRESS.matcher(entry).matches() && !DOMAIN.matcher(entry).matches()) {
				throw new IllegalArgumentException("settings." + ALLOWED_SENDERS + ": '" + entry
						+ "' is neither an e-mail address (orders@supplier.example) nor a domain (@supplier.example)");
			}
			senders.add(entry);
		}
		return List.copyOf(senders);
	}

	/**
	 * Whether a message from {@code address} may be imported: the address is listed, or
	 * its domain is (exactly; a subdomain needs its own entry).
	 */
	boolean allowsSender(String address) {
		if (address == null || address.isBlank()) {
			return false;
		}
		String sender = address.strip().toLowerCase(Locale.ROOT);
		int at = sender.lastIndexOf('@');
		if (at <= 0) {
			return false;
		}
		String domain = sender.substring(at);
		return this.allowedSenders.stream().anyMatch((entry) -> entry.equals(sender) || entry.equals(domain));
	}

	/** The kind of an attachment by its file name, if any rule or the default says. */
	Optional<UploadKind> kindOf(String fileName) {
		String name = fileName.toLowerCase(Locale.ROOT);
		for (Rule rule : this.rules) {
			if (rule.pattern().matcher(name).matches()) {
				return Optional.of(rule.kind());
			}
		}
		return this.defaultKind;
	}

	/** Whether the attachment is a spreadsheet the upload path reads. */
	static boolean isSpreadsheet(String fileName) {
		String name = fileName.toLowerCase(Locale.ROOT);
		return name.endsWith(".csv") || name.endsWith(".xlsx");
	}

	private static Pattern glob(String glob) {
		StringBuilder regex = new StringBuilder();
		for (char c : glob.strip().toLowerCase(Locale.ROOT).toCharArray()) {
			switch (c) {
				case '*' -> regex.append(".*");
				case '?' -> regex.append('.');
				default -> regex.append(Pattern.quote(String.valueOf(c)));
			}
		}
		return Pattern.compile(regex.toString());
	}

	/** Attachments whose names match {@code pattern} are of {@code kind}. */
	record Rule(UploadKind kind, Pattern pattern) {
	}

}
