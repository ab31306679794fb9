package io.sentia.forecasting.controls;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One entry of the override audit: who changed which series' week from what to what, and
 * why.
 *
 * @param series the series key, {@code sku:channel:region}
 * @param periodStart the Monday starting the week
 * @param action {@code set} or {@code cleared}
 * @param oldQuantity the override before, or null when there was none
 * @param newQuantity the override after, or null when cleared
 * @param reason the reason given
 * @param subject the caller's subject (user id or partner client id)
 * @param email the user's email, null for partners
 * @param changedAt when
 */
record OverrideChange(String series, LocalDate periodStart, String action, Double oldQuantity, Double newQuantity,
		String reason, String subject, String email, Instant changedAt) {
}
