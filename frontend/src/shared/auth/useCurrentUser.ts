import { useContext, useMemo } from 'react';
import { AuthContext } from 'react-oidc-context';
import { currentUserFrom, type CurrentUser } from './roles';

/**
 * The signed-in user with roles and department, or null when nobody is signed in. Reads the context itself, so that
 * a part rendered without an AuthProvider (as in component tests) has no user instead of failing; permissions, not
 * the user, decide which actions are offered.
 */
export function useCurrentUser(): CurrentUser | null {
  const auth = useContext(AuthContext);
  const user = auth?.user;
  const signedIn = auth?.isAuthenticated ?? false;
  return useMemo(() => {
    if (!signedIn || !user) return null;
    return currentUserFrom(user.profile as Record<string, unknown>, user.access_token);
  }, [signedIn, user]);
}
