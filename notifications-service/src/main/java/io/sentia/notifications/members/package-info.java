/**
 * Members as {@code auth.members.v1} announces them: who can be notified in a tenant, at
 * which address, with which roles. Other packages ask
 * {@link io.sentia.notifications.members.MemberDirectory}.
 */
package io.sentia.notifications.members;
