import { describe, expect, it } from 'vitest';
import type { TaskService } from './taskModel';
import { TASK_ROLES, taskServicesFor } from './taskSources';

/**
 * Node's file reading, reached without giving the app's sources Node's types (the tests run in Node; Vite refuses to
 * import files outside the frontend).
 */
const node = (globalThis as unknown as {
  process: { cwd(): string; getBuiltinModule(id: 'node:fs'): { readFileSync(path: string, encoding: 'utf8'): string } };
}).process;

/** The committed OpenAPI document of a service (the tests run in frontend/). */
function openApiDocument(service: TaskService): string {
  return node.getBuiltinModule('node:fs').readFileSync(`${node.cwd()}/../${service}-service/src/main/openapi/openapi.yaml`, 'utf8');
}

const SERVICES: TaskService[] = ['proposal', 'review', 'production', 'analytics'];

/** The scopes of the bearer requirement of `GET /tasks`, read from the document's YAML text. */
function documentedRoles(document: string): string[] {
  const lines = document.split('\n');
  const start = lines.indexOf('  /tasks:');
  expect(start, 'the document has /tasks').toBeGreaterThanOrEqual(0);
  const end = lines.findIndex((line, i) => i > start && /^ {2}\S/.test(line));
  const operation = lines.slice(start, end === -1 ? undefined : end);
  const bearer = operation.findIndex((line) => /^ {6}- bearer:$/.test(line));
  expect(bearer, 'GET /tasks names its roles as bearer scopes').toBeGreaterThanOrEqual(0);
  const roles: string[] = [];
  for (const line of operation.slice(bearer + 1)) {
    const scope = /^ {8}- (\S+)$/.exec(line);
    if (!scope) break;
    roles.push(scope[1]);
  }
  return roles.sort();
}

describe('TASK_ROLES', () => {
  it.each(SERVICES)('are the roles the %s document admits to GET /tasks', (service) => {
    const roles = documentedRoles(openApiDocument(service));
    expect(roles.length).toBeGreaterThan(0);
    expect([...TASK_ROLES[service]].sort()).toEqual(roles);
  });
});

describe('taskServicesFor', () => {
  it('asks only the services where a role can have tasks', () => {
    expect(taskServicesFor(['instructor'])).toEqual(['proposal', 'production']);
    expect(taskServicesFor(['committee', 'committee-chair'])).toEqual(['review']);
    expect(taskServicesFor(['board'])).toEqual(['proposal', 'production', 'analytics']);
    expect(taskServicesFor(['head'])).toEqual(['proposal']);
    expect(taskServicesFor(['medialab'])).toEqual(['production']);
    expect(taskServicesFor(['admin'])).toEqual([]);
  });
});
