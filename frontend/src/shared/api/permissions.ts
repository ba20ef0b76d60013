import type { BookingPermission, ProductionPermission } from '../../production/api/productionTypes';
import type { MeetingPermission, ReviewPermission } from '../../review/api/reviewTypes';
import type { Permission } from '../../proposals/api/types';

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
