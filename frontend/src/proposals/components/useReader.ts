import { useContext, useMemo } from 'react';
import { AuthContext } from 'react-oidc-context';
import { currentUserFrom, type CurrentUser } from '../../shared/auth/roles';

/**
 * The signed-in reader, as useCurrentUser reads them, or null. Reads the context itself so that a page rendered
 * without an AuthProvider (as in component tests) has no reader instead of failing; permissions, not the reader,
 * decide which actions are offered.
 */
export function useReader(): CurrentUser | null {
  const auth = useContext(AuthContext);
  const user = auth?.user;
  const signedIn = auth?.isAuthenticated ?? false;
  return useMemo(() => {
    if (!signedIn || !user) return null;
    return currentUserFrom(user.profile as Record<string, unknown>, user.access_token);
  }, [signedIn, user]);
}
