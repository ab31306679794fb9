package io.sentia.integrations.mail;

import java.util.Optional;

import io.sentia.integrations.upload.UploadImporter;
import io.sentia.integrations.upload.UploadOrigin;
import io.sentia.integrations.upload.UploadView;

/**
 * Imports an attachment through the upload path once ({@link UploadImporter#importOnce}).
 */
@FunctionalInterface
interface AttachmentImports {

	/**
	 * @return the upload, or empty when this attachment was imported before
	 */
	Optional<UploadView> importOnce(UploadImporter.UploadFile file, UploadOrigin origin);

}
