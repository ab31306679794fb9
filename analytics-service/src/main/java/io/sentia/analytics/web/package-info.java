/**
 * What every analytics endpoint checks of a request the same way.
 */
package io.sentia.analytics.web;
