/**
 * Runtime configuration, loaded from /config.json when the SPA starts, so that one build
 * can be deployed behind different gateways (the gateway serves its own config.json).
 */
export interface AppConfig {
  /** OIDC issuer, e.g. http://localhost:8180/realms/mooc */
  authority: string;
  /** Public OIDC client id, e.g. mooc-spa */
  clientId: string;
  /** Base path or URL of the API gateway, e.g. /api */
  apiBase: string;
}

export class ConfigError extends Error {}

function requireString(raw: Record<string, unknown>, key: keyof AppConfig): string {
  const value = raw[key];
  if (typeof value !== 'string' || value.trim() === '') {
    throw new ConfigError(`config.json: "${key}" must be a non-empty string`);
  }
  return value.trim();
}

export function parseConfig(raw: unknown): AppConfig {
  if (typeof raw !== 'object' || raw === null) throw new ConfigError('config.json must be a JSON object');
  const obj = raw as Record<string, unknown>;
  return {
    authority: requireString(obj, 'authority').replace(/\/+$/, ''),
    clientId: requireString(obj, 'clientId'),
    apiBase: requireString(obj, 'apiBase').replace(/\/+$/, ''),
  };
}

export async function loadConfig(fetchImpl: typeof fetch = fetch): Promise<AppConfig> {
  const res = await fetchImpl('/config.json', { cache: 'no-store', headers: { Accept: 'application/json' } });
  if (!res.ok) throw new ConfigError(`config.json could not be loaded (HTTP ${res.status})`);
  return parseConfig(await res.json());
}
