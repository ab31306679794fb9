package io.sentia.integrations.mail;

import java.util.Optional;

import io.sentia.integrations.upload.UploadImporter;
import io.sentia.integrations.upload.UploadOrigin;
import io.sentia.integrations.upload.UploadView;

/**
 * Imports an attachment through the upload path once ({@link UploadImporter#importOnce}),
 * or records once that it was not imported ({@link UploadImporter#rejectOnce}).
 */
interface AttachmentImports {

	/**
	 * @return the upload, or empty when this attachment was imported before
	 */
	Optional<UploadView> importOnce(UploadImporter.UploadFile file, UploadOrigin origin);

	/**
	 * Records an attachment as rejected without reading it.
	 * @return the recorded upload, or empty when this attachment was recorded before
	 */
	Optional<UploadView> rejectOnce(UploadImporter.UploadFile file, UploadOrigin origin, String reason);

	/** The service's upload path. */
	static AttachmentImports of(UploadImporter importer) {
		return new AttachmentImports() {

			@Override
			public Optional<UploadView> importOnce(UploadImporter.UploadFile file, UploadOrigin origin) {
				return importer.importOnce(file, origin);
			}

			@Override
			public Optional<UploadView> rejectOnce(UploadImporter.UploadFile file, UploadOrigin origin, String reason) {
				return importer.rejectOnce(file, origin, reason);
			}

		};
	}

}
