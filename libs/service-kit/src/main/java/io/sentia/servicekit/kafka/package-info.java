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
 * {@link io.sentia.servicekit.kafka.TransactionalBatch} keeps the two last points:
 *
 * <pre class="code">
 * &#64;KafkaListener(id = "analytics.revenue", topics = Topics.COMMERCE_ORDERS,
 *         containerFactory = KafkaConfiguration.BATCH_LISTENER_CONTAINER_FACTORY)
 * void onOrders(List&lt;ConsumerRecord&lt;String, String&gt;&gt; records, Acknowledgment ack) {
 *     this.batch.apply(records, this::read, (orders) -&gt; {
 *         for (Order order : orders) {
 *             if (this.processedEvents.firstDelivery(CONSUMER, order.eventId())) {
 *                 this.repository.upsert(order);
 *             }
 *         }
 *     });
 *     ack.acknowledge();
 * }
 * </pre>
 */
package io.sentia.servicekit.kafka;
