/**
 * File uploads: CSV and XLSX spreadsheets of orders, products, inventory, purchase orders
 * and invoices, read against a documented template per kind and ingested as canonical
 * events, with a validation report per row.
 */
package io.sentia.integrations.upload;
