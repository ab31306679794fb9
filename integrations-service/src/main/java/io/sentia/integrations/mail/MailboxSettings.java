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
 * {@code kind.orders = orders*}) or else {@code defaultKind}.
 *
 * @param mailbox the mailbox's user principal name
 * @param folder folder id or well-known name to read (default {@code inbox})
 * @param processedFolder display name of the folder processed messages move to (default
 * {@code Processed}; created when missing)
 * @param rules file-name patterns per kind, in template order
 * @param defaultKind the kind of attachments no pattern matches, or empty to skip them
 */
record MailboxSettings(String mailbox, String folder, String processedFolder, List<Rule> rules,
		Optional<UploadKind> defaultKind) {

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
						: Optional.of(UploadKind.fromId(defaultKind)));
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
