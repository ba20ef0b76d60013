import { WebStorageStateStore, type User } from 'oidc-client-ts';
import type { AuthProviderNoUserManagerProps } from 'react-oidc-context';
import type { AppConfig } from '../../config';

/** Removes ?code=…&state=… (or an error response) from the address bar after sign-in. */
export function clearAuthParamsFromUrl(): void {
  window.history.replaceState(window.history.state, document.title, window.location.pathname);
}

/**
 * Where to come back to after signing in: the page the person opened, e.g. the link in an approval e-mail.
 * Only a same-origin path is accepted, so the sign-in state cannot send anyone elsewhere.
 */
export function safeReturnPath(value: unknown): string | null {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) {
    return null;
  }
  return value;
}

/** The state to send along with the sign-in redirect: the current page. */
export function returnState(): { returnTo: string } {
  return { returnTo: window.location.pathname + window.location.search };
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
    onSigninCallback: (user: User | undefined) => {
      const returnTo = safeReturnPath((user?.state as { returnTo?: unknown } | undefined)?.returnTo);
      if (returnTo && returnTo !== '/') {
        // back to the page that was opened before signing in; popstate tells the router about it
        window.history.replaceState(window.history.state, document.title, returnTo);
        window.dispatchEvent(new PopStateEvent('popstate'));
      } else {
        clearAuthParamsFromUrl();
      }
    },
  };
}
