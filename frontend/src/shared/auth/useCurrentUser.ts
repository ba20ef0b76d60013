import { useMemo } from 'react';
import { useAuth } from 'react-oidc-context';
import { currentUserFrom, type CurrentUser } from './roles';

/** The signed-in user with roles and department, or null when nobody is signed in. */
export function useCurrentUser(): CurrentUser | null {
  const auth = useAuth();
  const user = auth.user;
  return useMemo(() => {
    if (!auth.isAuthenticated || !user) return null;
    return currentUserFrom(user.profile as Record<string, unknown>, user.access_token);
  }, [auth.isAuthenticated, user]);
}
