import type { BookingPermission, MeetingPermission, Permission, ProductionPermission, ReviewPermission } from '../../proposals/api/types';

/**
 * Whether the server says the caller may take this action on the proposal (review case, meeting) now. The
 * SPA offers an action only then; the server checks again when it is taken.
 */
export function can(
  subject: { permissions?: readonly string[] | null } | null | undefined,
  permission: Permission | ReviewPermission | MeetingPermission | ProductionPermission | BookingPermission,
): boolean {
  return subject?.permissions?.includes(permission) ?? false;
}
