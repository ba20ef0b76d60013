// Generates the SPA's API types from the services' committed OpenAPI documents (the contract), one module per
// service: src/shared/api/generated/<service>.ts. The modules are build output (not committed); build, typecheck and test
// generate them first, so the SPA cannot drift from the documents.
import { mkdir, writeFile } from 'node:fs/promises';
import openapiTS, { astToString } from 'openapi-typescript';

const SERVICES = ['proposal', 'review', 'production', 'analytics'];
const out = new URL('../src/shared/api/generated/', import.meta.url);

await mkdir(out, { recursive: true });
for (const service of SERVICES) {
  const document = new URL(`../../${service}-service/src/main/openapi/openapi.yaml`, import.meta.url);
  const ast = await openapiTS(document);
  const banner = `// Generated from ${service}-service/src/main/openapi/openapi.yaml by scripts/generate-api.mjs: do not edit.\n\n`;
  await writeFile(new URL(`${service}.ts`, out), banner + astToString(ast));
  console.log(`src/shared/api/generated/${service}.ts`);
}
