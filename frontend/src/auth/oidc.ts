import { WebStorageStateStore, type User } from 'oidc-client-ts';
import type { AuthProviderNoUserManagerProps } from 'react-oidc-context';
import type { AppConfig } from '../config';

/** Removes ?code=…&state=… (or an error response) from the address bar after sign-in. */
export function clearAuthParamsFromUrl(): void {
  window.history.replaceState(window.history.state, document.title, window.location.pathname);
}

/**
 * OIDC settings for Keycloak: authorization code flow with PKCE (S256, the oidc-client-ts
 * default), silent renewal, and all state kept in sessionStorage – never in localStorage,
 * so tokens do not outlive the browser tab.
 */
export function buildOidcConfig(config: AppConfig): AuthProviderNoUserManagerProps {
  const origin = window.location.origin;
  return {
    authority: config.authority,
    client_id: config.clientId,
    redirect_uri: `${origin}/`,
    post_logout_redirect_uri: `${origin}/`,
    response_type: 'code',
    scope: 'openid profile email',
    automaticSilentRenew: true,
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
    stateStore: new WebStorageStateStore({ store: window.sessionStorage }),
    onSigninCallback: (_user: User | undefined) => {
      clearAuthParamsFromUrl();
    },
  };
}
