// Generates the SPA's API types from the services' committed OpenAPI documents (the contract), one module per
// service: src/shared/api/generated/<service>.ts, and the realm roles each operation allows:
// src/shared/api/generated/roles.ts. The modules are build output (not committed); build, typecheck and test
// generate them first, so the SPA cannot drift from the documents.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import openapiTS, { astToString } from 'openapi-typescript';
// The YAML parser openapi-typescript itself reads the documents with.
import { parseYaml } from '@redocly/openapi-core';

const SERVICES = ['proposal', 'review', 'production', 'analytics'];
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];
const out = new URL('../src/shared/api/generated/', import.meta.url);

/**
 * The realm roles an operation allows: an `x-roles` list when the document names one, else the scopes of its bearer
 * requirement (the services list their @RolesAllowed roles there). `null`: the operation requires no sign-in.
 */
function operationRoles(operation, documentSecurity) {
  if (Array.isArray(operation['x-roles'])) return [...operation['x-roles']];
  const security = operation.security ?? documentSecurity;
  if (!Array.isArray(security) || security.length === 0) return null;
  const roles = new Set();
  for (const requirement of security) {
    for (const scope of requirement.bearer ?? []) roles.add(scope);
  }
  return [...roles];
}

/** operationId -> { service, method, path, roles } for one document. */
function rolesOf(service, document) {
  const result = {};
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const method of METHODS) {
      const operation = item?.[method];
      if (!operation?.operationId) continue;
      result[operation.operationId] = {
        service,
        method: method.toUpperCase(),
        path,
        roles: operationRoles(operation, document.security),
      };
    }
  }
  return result;
}

function rolesModule(operations) {
  const lines = Object.keys(operations)
    .sort()
    .map((id) => {
      const { service, method, path, roles } = operations[id];
      const value = roles === null ? 'null' : `[${roles.map((r) => `'${r}'`).join(', ')}]`;
      return `  /** ${service}-service: ${method} ${path} */\n  ${id}: ${value},`;
    });
  return [
    '// Generated from the services\' openapi.yaml by scripts/generate-api.mjs: do not edit.',
    '// The realm roles each operation allows (its bearer requirement\'s scopes); null: no sign-in required.',
    '',
    'export const OPERATION_ROLES = {',
    ...lines,
    '} as const satisfies Record<string, readonly string[] | null>;',
    '',
    'export type OperationId = keyof typeof OPERATION_ROLES;',
    '',
  ].join('\n');
}

async function main() {
  await mkdir(out, { recursive: true });
  const operations = {};
  for (const service of SERVICES) {
    const document = new URL(`../../${service}-service/src/main/openapi/openapi.yaml`, import.meta.url);
    const ast = await openapiTS(document);
    const banner = `// Generated from ${service}-service/src/main/openapi/openapi.yaml by scripts/generate-api.mjs: do not edit.\n\n`;
    await writeFile(new URL(`${service}.ts`, out), banner + astToString(ast));
    console.log(`src/shared/api/generated/${service}.ts`);

    for (const [id, entry] of Object.entries(rolesOf(service, parseYaml(await readFile(document, 'utf8'))))) {
      // The SPA names an operation by its id alone, so the ids must be unique across the services.
      if (operations[id]) throw new Error(`operationId ${id} is in both ${operations[id].service}- and ${service}-service`);
      operations[id] = entry;
    }
  }
  await writeFile(new URL('roles.ts', out), rolesModule(operations));
  console.log('src/shared/api/generated/roles.ts');
}

await main();
