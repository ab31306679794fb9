/**
 * A tenant's connections to provider accounts: the REST API to create, change, test and
 * delete them, and the directory schedulers and webhooks look them up in.
 */
package io.sentia.integrations.connection;
