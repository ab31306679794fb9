package io.sentia.analytics.capital;

import java.util.List;

import io.sentia.analytics.workingcapital.payments.PaymentBehaviour;

/**
 * Each customer's actual payment behaviour over every payment of one of its sales
 * invoices, amount-weighted in the base currency.
 *
 * @param baseCurrency ISO-4217 code of the amounts paid
 * @param customers one per customer with a payment, by contact id
 * @param fx earlier rates used and payments left out for want of a rate
 */
public record PaymentBehaviourAnswer(String baseCurrency, List<PaymentBehaviour> customers, FxNotes fx) {

	public PaymentBehaviourAnswer {
		customers = List.copyOf(customers);
	}

}
