#!/usr/bin/env node
// Writes the KeycloakRealmImport of each overlay from the one realm source, deploy/keycloak/realms.mjs:
//   overlays/prod/realm-import.json   the production realm (realm-mooc.json: no users, no password-grant client)
//   overlays/dev/realm-import.json    the demo realm (with realm-demo-overlay.json), as the local stack imports it
// prod also gets the client of Headlamp, the administrators' cluster dashboard (realm-headlamp-client.json; prod only).
// The realm's ${MOOC_...} placeholders are filled by the operator from Secrets: the mail relay's login from mooc-smtp
// (the one the services read), Headlamp's client secret from headlamp-oidc (the one Headlamp reads), every other one
// from mooc-realm-settings (one key per placeholder, same name). Run it after changing deploy/keycloak/ or the Headlamp
// client; `--check` fails when a written file is out of date (deploy/k8s-tests runs that in the build, so the realms
// in the cluster and on the local stack cannot drift).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { merge, realm } from '../keycloak/realms.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const OUT = { prod: 'production', dev: 'demo' };
// placeholders whose value lives in a Secret shared with a workload: [secret, key]
const SHARED = {
  MOOC_SMTP_USER: ['mooc-smtp', 'username'],
  MOOC_SMTP_PASSWORD: ['mooc-smtp', 'password'],
  MOOC_HEADLAMP_CLIENT_SECRET: ['headlamp-oidc', 'client-secret'],
};

function realmImport(kind) {
  let r = realm(kind);
  if (kind === 'production') r = merge(r, JSON.parse(readFileSync(join(here, 'realm-headlamp-client.json'), 'utf8')));
  const placeholders = {};
  for (const [, name] of JSON.stringify(r).matchAll(/\$\{(MOOC_[A-Z0-9_]+)\}/g)) {
    const [secret, key] = SHARED[name] ?? ['mooc-realm-settings', name];
    placeholders[name] = { secret: { name: secret, key } };
  }
  const doc = {
    apiVersion: 'k8s.keycloak.org/v2alpha1',
    kind: 'KeycloakRealmImport',
    metadata: {
      name: 'mooc-realm',
      labels: { 'app.kubernetes.io/name': 'mooc-keycloak', 'app.kubernetes.io/component': 'identity' },
      annotations: { 'mooc.dk/generated-by': 'deploy/k8s/realm-import.mjs from deploy/keycloak/ (' + kind + ' realm); do not edit' },
    },
    spec: { keycloakCRName: 'mooc-keycloak', realm: r },
  };
  if (Object.keys(placeholders).length > 0) doc.spec.placeholders = Object.fromEntries(Object.entries(placeholders).sort());
  return JSON.stringify(doc, null, 2) + '\n';
}

const check = process.argv.includes('--check');
let stale = 0;
for (const [overlay, kind] of Object.entries(OUT)) {
  const file = join(here, 'overlays', overlay, 'realm-import.json');
  const text = realmImport(kind);
  if (check) {
    let old = '';
    try { old = readFileSync(file, 'utf8'); } catch { /* missing counts as stale */ }
    if (old !== text) { console.error(`${file} is out of date: run node deploy/k8s/realm-import.mjs`); stale++; }
  } else {
    writeFileSync(file, text);
  }
}
process.exit(stale ? 1 : 0);
