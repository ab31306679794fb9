package io.sentia.integrations.connector;

import java.util.List;

import io.sentia.events.SentiaEvent;

/**
 * Maps one provider record to the canonical events it stands for (an order to one
 * {@code OrderUpserted}, a stock row to one {@code InventoryLevelChanged}, …).
 */
@FunctionalInterface
public interface RecordMapper {

	/**
	 * @throws RecordRejectedException when the record cannot become a valid event; the
	 * engine quarantines it with the reason
	 */
	List<SentiaEvent> map(RawRecord record, MappingContext context);

}
