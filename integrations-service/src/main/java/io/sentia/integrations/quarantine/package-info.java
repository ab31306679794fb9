/**
 * Quarantine: records that could not become valid events, kept with their reason and
 * payload until a mapping fix lets them through.
 */
package io.sentia.integrations.quarantine;
