/**
 * Which tenant the current work belongs to; a configured default until the JWT-based
 * resolver from auth replaces it.
 */
package io.sentia.servicekit.tenancy;
