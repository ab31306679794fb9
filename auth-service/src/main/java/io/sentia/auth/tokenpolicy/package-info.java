/**
 * How long access and refresh tokens live ({@code sentia.auth.tokens.*}): the one policy
 * the authorization server, partner clients and signing keys all read.
 */
package io.sentia.auth.tokenpolicy;
