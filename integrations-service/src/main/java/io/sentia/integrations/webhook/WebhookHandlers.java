package io.sentia.integrations.webhook;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.sentia.integrations.connector.Provider;
import io.sentia.integrations.connector.WebhookHandler;
import org.slf4j.Logger;
import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;

/**
 * The {@link WebhookHandler} bean of each provider. Where two claim one provider, the one
 * with the higher precedence ({@code @Order}) wins, which lets a test put its own in.
 */
class WebhookHandlers {

	private static final Logger log = LoggerFactory.getLogger(WebhookHandlers.class);

	private final ObjectProvider<WebhookHandler> beans;

	private volatile @Nullable Map<Provider, WebhookHandler> handlers;

	/**
	 * @param beans resolved on first use, so a handler may itself depend on the inbox
	 */
	WebhookHandlers(ObjectProvider<WebhookHandler> beans) {
		this.beans = beans;
	}

	Optional<WebhookHandler> of(Provider provider) {
		Map<Provider, WebhookHandler> resolved = this.handlers;
		if (resolved == null) {
			resolved = resolve(this.beans.orderedStream().toList());
			this.handlers = resolved;
		}
		return Optional.ofNullable(resolved.get(provider));
	}

	private static Map<Provider, WebhookHandler> resolve(List<WebhookHandler> ordered) {
		Map<Provider, WebhookHandler> handlers = new EnumMap<>(Provider.class);
		for (WebhookHandler handler : ordered) {
			WebhookHandler first = handlers.putIfAbsent(handler.provider(), handler);
			if (first != null) {
				log.warn("Two webhook handlers for {}: using {}, not {}", handler.provider().id(),
						first.getClass().getName(), handler.getClass().getName());
			}
		}
		return handlers;
	}

}
