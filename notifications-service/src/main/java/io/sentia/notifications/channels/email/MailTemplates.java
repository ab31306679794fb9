package io.sentia.notifications.channels.email;

import java.net.URI;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.sentia.notifications.delivery.Message;
import io.sentia.notifications.delivery.Target;
import org.jspecify.annotations.Nullable;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders one message as the HTML and the plain-text body of an e-mail from the Thymeleaf
 * templates under {@code mail/}: {@code alert} for every stage of an alert episode, and
 * one template per account mail kind under {@code mail/account/}.
 */
class MailTemplates {

	/** The account mail kinds there is a template for. */
	static final Set<String> ACCOUNT_KINDS = Set.of("invitation", "password_reset", "new_device_sign_in",
			"mfa_changed");

	private static final DateTimeFormatter OCCURRED_AT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'",
			Locale.UK);

	private final SpringTemplateEngine engine = new SpringTemplateEngine();

	MailTemplates() {
		this.engine.addTemplateResolver(resolver(TemplateMode.HTML, ".html", 1));
		this.engine.addTemplateResolver(resolver(TemplateMode.TEXT, ".txt", 2));
	}

	private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String suffix, int order) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(MailTemplates.class.getClassLoader());
		resolver.setPrefix("mail/");
		resolver.setTemplateMode(mode);
		resolver.setResolvablePatterns(Set.of("*" + suffix));
		resolver.setCharacterEncoding("UTF-8");
		resolver.setCheckExistence(true);
		resolver.setCacheable(true);
		resolver.setOrder(order);
		return resolver;
	}

	/**
	 * Renders both bodies.
	 * @param target the recipient
	 * @param message the message
	 * @return the plain text and the HTML
	 * @throws UnknownMailKindException for account mail of a kind without a template
	 */
	RenderedMail render(Target target, Message message) {
		String template = template(message);
		Context context = new Context(Locale.UK, variables(target, message));
		return new RenderedMail(this.engine.process(template + ".txt", context),
				this.engine.process(template + ".html", context));
	}

	private static String template(Message message) {
		if (message.stage() != Message.Stage.ACCOUNT) {
			return "alert";
		}
		if (message.kind() == null || !ACCOUNT_KINDS.contains(message.kind())) {
			throw new UnknownMailKindException(message.kind());
		}
		return "account/" + message.kind();
	}

	private static Map<String, Object> variables(Target target, Message message) {
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put("recipientName", target.name());
		variables.put("title", message.title());
		variables.put("stage", message.stage().name());
		variables.put("severity", (message.severity() != null) ? message.severity() : "info");
		variables.put("kind", message.kind());
		variables.put("facts", facts(message.facts()));
		variables.put("link", webLink(message.link()));
		variables.put("acknowledgeLink",
				(message.stage() == Message.Stage.RESOLVED) ? null : webLink(message.acknowledgeLink()));
		variables.put("occurredAt", (message.occurredAt() != null)
				? OCCURRED_AT.format(message.occurredAt().atZone(ZoneOffset.UTC)) : null);
		return variables;
	}

	/**
	 * Facts as (label, value) entries in a stable order (the contract hands them over as
	 * a map), {@code days_of_cover} labelled {@code Days of cover}.
	 */
	private static List<Map.Entry<String, String>> facts(Map<String, String> facts) {
		List<Map.Entry<String, String>> entries = new ArrayList<>();
		new TreeMap<>(facts).forEach((name, value) -> entries.add(Map.entry(label(name), value)));
		return entries;
	}

	static String label(String name) {
		String words = name.replace('_', ' ').strip();
		return words.isEmpty() ? name : Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

	/** Only web links go into a mail: anything else (javascript:, data:) is left out. */
	private static @Nullable String webLink(@Nullable URI link) {
		if (link == null || link.getScheme() == null) {
			return null;
		}
		String scheme = link.getScheme().toLowerCase(Locale.ROOT);
		return (scheme.equals("https") || scheme.equals("http")) ? link.toString() : null;
	}

	/**
	 * Both bodies of one mail.
	 *
	 * @param text the plain-text alternative
	 * @param html the HTML alternative
	 */
	record RenderedMail(String text, String html) {
	}

	/** Account mail of a kind that has no template. */
	static final class UnknownMailKindException extends RuntimeException {

		private static final long serialVersionUID = 1L;

		UnknownMailKindException(@Nullable String kind) {
			super("no e-mail template for account mail kind '" + kind + "'");
		}

	}

}
