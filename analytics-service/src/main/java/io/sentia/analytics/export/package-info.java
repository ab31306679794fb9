/**
 * CSV and XLSX downloads of the sales, ageing and cash outlook tables, built from the
 * same answers as the JSON endpoints and streamed to the client with spreadsheet formulas
 * neutralised.
 */
package io.sentia.analytics.export;
