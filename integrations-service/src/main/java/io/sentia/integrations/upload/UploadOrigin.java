package io.sentia.integrations.upload;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.sentia.integrations.connector.IngestSource;
import io.sentia.integrations.connector.Provider;

/**
 * Where an uploaded file came from: a user's upload, or an attachment a mail connection
 * read.
 *
 * @param provider {@link Provider#UPLOAD} or {@link Provider#MAIL}
 * @param account for mail: the mailbox; {@code null} for user uploads
 * @param region the mail connection's region, or {@code null}
 * @param connectionId the mail connection, or {@code null}
 * @param sourceRef identifies the attachment so it is imported once, or {@code null}
 */
public record UploadOrigin(Provider provider, @Nullable String account, @Nullable String region,
		@Nullable UUID connectionId, @Nullable String sourceRef) {

	/** A file a user uploaded. */
	public static UploadOrigin user() {
		return new UploadOrigin(Provider.UPLOAD, null, null, null, null);
	}

	/** An attachment read by a mail connection. */
	public static UploadOrigin mail(UUID connectionId, String mailbox, @Nullable String region, String messageId,
			String attachmentId) {
		return new UploadOrigin(Provider.MAIL, mailbox, region, connectionId,
				connectionId + "/" + messageId + "/" + attachmentId);
	}

	IngestSource ingestSource(String tenantId, UploadKind kind, UUID uploadId) {
		return (this.provider == Provider.UPLOAD)
				? new IngestSource(tenantId, Provider.UPLOAD, kind.id(), null, null, uploadId)
				: new IngestSource(tenantId, this.provider, this.account, this.region, this.connectionId, uploadId);
	}

}
