/**
 * The public API reference at the door: each service's OpenAPI document, fetched from the
 * service through the registry, and Swagger UI listing them all.
 */
package io.sentia.gateway.apidocs;
