import type { Permission, Proposal } from './types';

/**
 * Whether the server says the caller may take this action on the proposal now. The SPA offers an
 * action only then; the server checks again when it is taken.
 */
export function can(proposal: Pick<Proposal, 'permissions'> | null | undefined, permission: Permission): boolean {
  return proposal?.permissions?.includes(permission) ?? false;
}
