/**
 * The kit's one auto-configuration, the defaults every service gets without copying YAML,
 * the refusal to run development settings under {@code prod}, the kit's JSON settings and
 * its own database schema.
 */
package io.sentia.servicekit.config;
