import { describe, expect, it } from 'vitest';
import type { User } from 'oidc-client-ts';
import { buildOidcConfig, returnState, safeReturnPath } from './oidc';

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

  it('returns to the page opened before signing in, such as the link in an approval e-mail', () => {
    window.history.replaceState(null, '', '/proposals/p1/board-approval?hash=abc');
    const state = returnState();
    expect(state).toEqual({ returnTo: '/proposals/p1/board-approval?hash=abc' });
    window.history.replaceState(null, '', '/?code=abc&state=xyz');
    const popped: string[] = [];
    const listener = () => popped.push(window.location.pathname);
    window.addEventListener('popstate', listener);
    cfg.onSigninCallback?.({ state } as unknown as User);
    window.removeEventListener('popstate', listener);
    expect(window.location.pathname).toBe('/proposals/p1/board-approval');
    expect(window.location.search).toBe('?hash=abc');
    expect(popped).toEqual(['/proposals/p1/board-approval']);
  });

  it('never returns to another origin', () => {
    expect(safeReturnPath('//evil.example/x')).toBeNull();
    expect(safeReturnPath('https://evil.example/x')).toBeNull();
    expect(safeReturnPath('/\\evil.example')).toBeNull();
    expect(safeReturnPath(42)).toBeNull();
    expect(safeReturnPath('/proposals')).toBe('/proposals');
  });
});
