/**
 * IP networks (CIDR blocks) and literal addresses, for the settings that trust or allow
 * addresses: trusted proxies, the networks health probes may reach.
 */
package io.sentia.gateway.network;
