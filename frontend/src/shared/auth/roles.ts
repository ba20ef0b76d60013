/**
 * Realm roles of the `mooc` Keycloak realm, in the order they are presented. `committee-chair` comes
 * together with `committee`: the chair plans the meetings.
 */
export const ROLES = ['instructor', 'consultant', 'committee', 'committee-chair', 'board', 'head', 'medialab', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export interface CurrentUser {
  id: string;
  name: string;
  username: string;
  email?: string;
  department?: string;
  roles: Role[];
}

/**
 * Decodes the payload of a JWT without verifying it. Only used to shape the UI;
 * every service validates the token itself.
 */
export function decodeJwtPayload(token: string | undefined | null): Record<string, unknown> {
  if (!token) return {};
  const parts = token.split('.');
  if (parts.length < 2) return {};
  try {
    const base64 = parts[1].replace(/-/g, '+').replace(/_/g, '/');
    const padded = base64 + '='.repeat((4 - (base64.length % 4)) % 4);
    const binary = atob(padded);
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    const json = new TextDecoder().decode(bytes);
    const payload: unknown = JSON.parse(json);
    return typeof payload === 'object' && payload !== null ? (payload as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** Reads `realm_access.roles` from a set of claims and keeps the programme's roles. */
export function rolesFromClaims(claims: Record<string, unknown>): Role[] {
  const realmAccess = claims['realm_access'];
  if (typeof realmAccess !== 'object' || realmAccess === null) return [];
  const roles = (realmAccess as { roles?: unknown }).roles;
  if (!Array.isArray(roles)) return [];
  return ROLES.filter((role) => roles.includes(role));
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/**
 * Builds the current user from the ID-token profile and the access token. Keycloak puts
 * `realm_access` into the access token (not necessarily into the ID token), so both are read.
 */
export function currentUserFrom(
  profile: Record<string, unknown> | undefined,
  accessToken: string | undefined,
): CurrentUser {
  const access = decodeJwtPayload(accessToken);
  const idClaims = profile ?? {};
  const roles = new Set<Role>([...rolesFromClaims(access), ...rolesFromClaims(idClaims)]);
  const username = str(idClaims['preferred_username']) ?? str(access['preferred_username']) ?? '';
  return {
    id: str(idClaims['sub']) ?? str(access['sub']) ?? '',
    name: str(idClaims['name']) ?? str(access['name']) ?? username,
    username,
    email: str(idClaims['email']) ?? str(access['email']),
    department: str(access['department']) ?? str(idClaims['department']),
    roles: ROLES.filter((role) => roles.has(role)),
  };
}
