/**
 * Consuming events: the record and batch listener container factories (manual
 * acknowledgement, back-off, then {@code <topic>.dlt}), topic creation, {@code ce_*}
 * header reading, idempotent consumption through processed-event ids, and the
 * authentication and TLS of every Kafka client ({@code sentia.kafka.security.*}).
 *
 * <h2>Batch listeners</h2> A listener on
 * {@link io.sentia.servicekit.kafka.KafkaConfiguration#BATCH_LISTENER_CONTAINER_FACTORY}
 * gets up to {@code sentia.kafka.batch.max-poll-records} (default 500) records per call,
 * in partition order, and keeps the record factory's guarantees if it keeps this
 * contract:
 * <ul>
 * <li>It applies the batch in one database transaction (with
 * {@link io.sentia.servicekit.kafka.ProcessedEvents#firstDelivery} per record) and calls
 * {@code Acknowledgment.acknowledge()} after that commits; the offsets of the whole batch
 * are committed then.</li>
 * <li>When record {@code i} fails (unreadable payload, missing {@code ce_*} headers,
 * handler exception) it first commits records {@code 0..i-1} to the database, then throws
 * {@code BatchListenerFailedException(message, cause, i)}. The error handler commits the
 * offsets before {@code i}, redelivers from {@code i} with the configured back-off and,
 * when the retries are used up, publishes record {@code i} to {@code <topic>.dlt} with
 * the original topic, partition, offset and exception headers; the records after it are
 * then consumed. Malformed records
 * ({@link io.sentia.servicekit.kafka.MalformedEventException}, Jackson exceptions, as
 * causes) go to the dead-letter topic at once.</li>
 * <li>Throwing the index of a record whose predecessors were rolled back would commit
 * their offsets without their effect; throwing anything else makes the error handler
 * retry the whole batch and then dead-letter all of it.</li>
 * </ul>
 * {@link io.sentia.servicekit.kafka.EventConsumer} keeps the whole contract and reads the
 * typed event (skipping other {@code ce_type}s, dead-lettering a record without payload
 * or whose payload's tenant is not its {@code ce_tenant}), so a listener is one line per
 * topic:
 *
 * <pre class="code">
 * &#64;KafkaListener(id = ORDERS, topics = Topics.COMMERCE_ORDERS,
 *         containerFactory = KafkaConfiguration.BATCH_LISTENER_CONTAINER_FACTORY)
 * void onOrders(List&lt;ConsumerRecord&lt;String, String&gt;&gt; records, Acknowledgment ack) {
 *     this.events.on(ORDERS, records, ack, OrderUpserted.class, this.repository::upsertOrder);
 * }
 * </pre>
 *
 * {@code onBatch} hands the handler the batch's first deliveries as one list;
 * {@code handlers(consumer).on(A.class, ...).on(B.class, ...)} serves a topic with
 * several event types. {@link io.sentia.servicekit.kafka.TransactionalBatch} is the
 * lower-level piece underneath, for records that are not catalogue events. Either way a
 * batch runs in one {@code CONSUMER} span
 * ({@link io.sentia.servicekit.kafka.BatchSpans}), a child of its first record's
 * {@code traceparent} linked to the other records'.
 */
package io.sentia.servicekit.kafka;
