// Real access tokens for the local stack's demo users (the realm's confidential test client, password grant), shared
// by deploy/local/demo.mjs and bench/events.mjs. One request per user at a time: concurrent logins of one user trip
// Keycloak's brute-force protection ("user temporarily disabled").

/** A function username -> Promise of an access token, each kept until a minute before it expires. */
export function tokenSource(keycloak) {
  const tokens = new Map();
  return function token(username) {
    const cached = tokens.get(username);
    if (cached && cached.until > Date.now()) return cached.value;
    const value = (async () => {
      const res = await fetch(`${keycloak}/realms/mooc/protocol/openid-connect/token`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ grant_type: 'password', client_id: 'mooc-e2e', client_secret: 'mooc-e2e-secret',
          username, password: 'demo', scope: 'openid' }),
      });
      if (!res.ok) {
        tokens.delete(username);
        throw new Error(`token for ${username}: ${res.status} ${await res.text()}`);
      }
      const body = await res.json();
      tokens.set(username, { value: Promise.resolve(body.access_token), until: Date.now() + (body.expires_in - 60) * 1000 });
      return body.access_token;
    })();
    tokens.set(username, { value, until: Date.now() + 30_000 });   // the request in flight, for callers meanwhile
    return value;
  };
}
