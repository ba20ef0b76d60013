import { describe, expect, it } from 'vitest';
import { buildOidcConfig } from './oidc';

describe('buildOidcConfig', () => {
  const cfg = buildOidcConfig({ authority: 'http://localhost:8180/realms/mooc', clientId: 'mooc-spa', apiBase: '/api' });

  it('uses the code flow with the origin as redirect and post-logout URI', () => {
    expect(cfg.response_type).toBe('code');
    expect(cfg.client_id).toBe('mooc-spa');
    expect(cfg.redirect_uri).toBe(`${window.location.origin}/`);
    expect(cfg.post_logout_redirect_uri).toBe(`${window.location.origin}/`);
    expect(cfg.automaticSilentRenew).toBe(true);
  });

  it('keeps the user and the sign-in state in sessionStorage, never localStorage', async () => {
    await cfg.userStore!.set('probe', 'value');
    await cfg.stateStore!.set('probe2', 'value');
    expect(window.localStorage.length).toBe(0);
    expect(window.sessionStorage.length).toBe(2);
  });

  it('removes the code and state from the address bar after sign-in', () => {
    window.history.replaceState(null, '', '/?code=abc&state=xyz&session_state=s');
    cfg.onSigninCallback?.(undefined);
    expect(window.location.search).toBe('');
    expect(window.location.pathname).toBe('/');
  });
});
