import { createContext, useMemo, useRef, type ReactNode } from 'react';
import { useAuth } from 'react-oidc-context';
import { createApiClient, type ApiClient } from './client';

export const ApiContext = createContext<ApiClient | null>(null);

/** Provides an API client that always sends the current access token. */
export function ApiProvider({ baseUrl, children }: { baseUrl: string; children: ReactNode }) {
  const auth = useAuth();
  const tokenRef = useRef<string | undefined>(undefined);
  tokenRef.current = auth.user?.access_token;

  const client = useMemo(
    () => createApiClient({ baseUrl, getToken: () => tokenRef.current }),
    [baseUrl],
  );
  return <ApiContext.Provider value={client}>{children}</ApiContext.Provider>;
}
