import { expect } from 'vitest';

/**
 * Node's file reading, reached without giving the app's sources Node's types (the tests run in Node; Vite refuses to
 * import files outside the frontend).
 */
const node = (globalThis as unknown as {
  process: { cwd(): string; getBuiltinModule(id: 'node:fs'): { readFileSync(path: string, encoding: 'utf8'): string } };
}).process;

/**
 * The values of an enum schema of a service's committed OpenAPI document (the tests run in frontend/), read from its
 * YAML text: a code the server adds there is in the list at once, so a test over it fails until the SPA words it.
 */
export function documentedEnum(service: 'proposal' | 'review' | 'production' | 'analytics', schema: string): string[] {
  const text = node.getBuiltinModule('node:fs').readFileSync(`${node.cwd()}/../${service}-service/src/main/openapi/openapi.yaml`, 'utf8');
  const lines = text.split('\n');
  const start = lines.indexOf(`    ${schema}:`);
  expect(start, `${service}'s document has the schema ${schema}`).toBeGreaterThanOrEqual(0);
  const end = lines.findIndex((line, i) => i > start && /^ {4}\S/.test(line));
  const body = lines.slice(start + 1, end === -1 ? undefined : end);
  const enumAt = body.indexOf('      enum:');
  expect(enumAt, `${schema} is an enum`).toBeGreaterThanOrEqual(0);
  const values: string[] = [];
  for (const line of body.slice(enumAt + 1)) {
    const value = /^ {6}- (\S+)$/.exec(line);
    if (!value) break;
    values.push(value[1].replace(/^"(.*)"$/, '$1'));
  }
  expect(values.length, `${schema} has values`).toBeGreaterThan(0);
  return values;
}
