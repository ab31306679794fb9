package io.sentia.events;

/** Kind of invoice, named as Xero names them. */
public enum InvoiceType {

	/** Accounts receivable: a sales invoice the tenant issued. */
	ACCREC,

	/** Accounts payable: a bill the tenant received. */
	ACCPAY

}
