#!/usr/bin/env node
// Builds the realm a Keycloak imports, from one source:
//   node deploy/keycloak/realms.mjs production OUT.json   the university's realm: realm-mooc.json as it is
//   node deploy/keycloak/realms.mjs demo OUT.json         realm-mooc.json with realm-demo-overlay.json laid over it
// The overlay adds the demo users and the password-grant test client and points the SPA client at localhost. Objects
// merge key by key; lists of clients, users and roles merge by their name; any other list is replaced.
// Values like ${MOOC_PUBLIC_URL} are left for Keycloak, which fills them from the environment at import.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const read = (name) => JSON.parse(readFileSync(join(here, name), 'utf8'));
const KEYS = ['clientId', 'username', 'name'];

function keyOf(item) {
  if (item === null || typeof item !== 'object') return undefined;
  const k = KEYS.find((key) => typeof item[key] === 'string');
  return k && `${k}:${item[k]}`;
}

export function merge(base, over) {
  if (Array.isArray(base) && Array.isArray(over) && over.every((i) => keyOf(i) !== undefined)) {
    const out = base.map((i) => structuredClone(i));
    for (const item of over) {
      const at = out.findIndex((i) => keyOf(i) === keyOf(item));
      if (at >= 0) out[at] = merge(out[at], item);
      else out.push(structuredClone(item));
    }
    return out;
  }
  if (base && over && typeof base === 'object' && typeof over === 'object' && !Array.isArray(base) && !Array.isArray(over)) {
    const out = { ...structuredClone(base) };
    for (const [k, v] of Object.entries(over)) {
      if (k.startsWith('_')) continue; // comments
      out[k] = k in base ? merge(base[k], v) : structuredClone(v);
    }
    return out;
  }
  return structuredClone(over);
}

export function realm(kind) {
  const base = read('realm-mooc.json');
  if (kind === 'production') return base;
  if (kind === 'demo') return merge(base, read('realm-demo-overlay.json'));
  throw new Error(`unknown realm kind "${kind}": use production or demo`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [kind, out] = process.argv.slice(2);
  if (!kind || !out) {
    console.error('usage: node deploy/keycloak/realms.mjs production|demo OUT.json');
    process.exit(2);
  }
  writeFileSync(out, JSON.stringify(realm(kind), null, 2) + '\n');
}
