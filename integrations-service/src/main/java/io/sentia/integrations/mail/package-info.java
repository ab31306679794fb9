/**
 * The Microsoft Graph mail connector: reads a mailbox folder by delta query, imports its
 * CSV and XLSX attachments through the upload path and moves each message to a processed
 * folder.
 */
package io.sentia.integrations.mail;
