import { OPERATION_ROLES, type OperationId } from '../api/generated/roles';
import type { Role } from './roles';

export type { OperationId };

/**
 * The realm roles the service's OpenAPI document allows for an operation (the scopes of its bearer requirement,
 * which the service takes from its @RolesAllowed); `null` when the operation needs no sign-in.
 */
export function documentedRoles(operation: OperationId): readonly string[] | null {
  return OPERATION_ROLES[operation];
}

/**
 * Whether a user with these realm roles may call the operation at all. The service may still refuse a particular
 * object (not yours, not now): that is what a resource's `permissions` say.
 */
export function mayCall(operation: OperationId, roles: readonly Role[]): boolean {
  const allowed = documentedRoles(operation);
  return allowed === null || roles.some((role) => allowed.includes(role));
}
