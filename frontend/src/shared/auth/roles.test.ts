import { describe, expect, it } from 'vitest';
import { currentUserFrom, decodeJwtPayload, rolesFromClaims } from './roles';

function fakeJwt(payload: object): string {
  const b64url = (s: string) =>
    btoa(String.fromCharCode(...new TextEncoder().encode(s)))
      .replace(/\+/g, '-')
      .replace(/\//g, '_')
      .replace(/=+$/, '');
  return `${b64url(JSON.stringify({ alg: 'RS256' }))}.${b64url(JSON.stringify(payload))}.sig`;
}

describe('roles', () => {
  it('decodes a base64url JWT payload with non-ASCII text', () => {
    expect(decodeJwtPayload(fakeJwt({ name: 'Søren Ærø' }))).toEqual({ name: 'Søren Ærø' });
    expect(decodeJwtPayload('garbage')).toEqual({});
  });

  it('keeps only the programme roles, in a fixed order', () => {
    expect(rolesFromClaims({ realm_access: { roles: ['offline_access', 'admin', 'instructor'] } })).toEqual([
      'instructor',
      'admin',
    ]);
    expect(rolesFromClaims({ realm_access: { roles: ['committee-chair', 'committee'] } })).toEqual(['committee', 'committee-chair']);
    expect(rolesFromClaims({})).toEqual([]);
  });

  it('builds the current user from the ID-token profile and the access token', () => {
    const access = fakeJwt({
      sub: 'u1',
      realm_access: { roles: ['committee'] },
      department: 'Compute',
      preferred_username: 'anna',
    });
    const user = currentUserFrom({ sub: 'u1', name: 'Anna Berg', preferred_username: 'anna' }, access);
    expect(user).toMatchObject({ id: 'u1', name: 'Anna Berg', username: 'anna', department: 'Compute', roles: ['committee'] });
  });

  it('falls back to the username when there is no name', () => {
    expect(currentUserFrom({ preferred_username: 'bo' }, undefined).name).toBe('bo');
  });
});
