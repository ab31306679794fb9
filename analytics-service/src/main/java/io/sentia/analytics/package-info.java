/**
 * The analytics service: read models built from events and the KPI APIs on top of them.
 */
package io.sentia.analytics;
