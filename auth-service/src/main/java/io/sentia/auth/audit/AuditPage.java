package io.sentia.auth.audit;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A page of the audit log, newest first.
 *
 * @param items the entries
 * @param nextCursor what to pass as {@code cursor} for the next (older) page, or
 * {@code null} if this is the last one
 */
public record AuditPage(List<AuditRecord> items, @Nullable String nextCursor) {

}
