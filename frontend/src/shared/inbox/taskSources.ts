import { answer, type ServiceClients } from '../api/client';
import type { Role } from '../auth/roles';
import type { InboxTask, TaskService } from './taskModel';

/**
 * The roles each service's `GET /tasks` admits: the scopes of its security requirement in the committed OpenAPI
 * document (taskSources.test.ts reads them there, so this table cannot drift). A role without tasks gets 403, so a
 * service is asked only when the user holds one of its roles.
 */
export const TASK_ROLES: Record<TaskService, readonly Role[]> = {
  proposal: ['instructor', 'consultant', 'board', 'head'],
  review: ['committee'],
  production: ['instructor', 'consultant', 'board', 'medialab'],
  analytics: ['board'],
};

/** The services whose tasks the user can have, in the inbox's order. */
export function taskServicesFor(roles: readonly Role[]): TaskService[] {
  return (Object.keys(TASK_ROLES) as TaskService[]).filter((service) => TASK_ROLES[service].some((role) => roles.includes(role)));
}

type RawTask = Omit<InboxTask, 'service' | 'dueDate' | 'params'> & {
  dueDate?: string | null;
  params?: Record<string, string> | null;
};

/** One service's listed tasks, and how many it has open: more than it lists when its list was cut at its bound. */
export interface ServiceTaskList {
  tasks: InboxTask[];
  total: number;
}

/** One service's tasks, tagged with the service (the same shape in all four documents). */
export async function fetchTasks(services: ServiceClients, service: TaskService, signal?: AbortSignal): Promise<ServiceTaskList> {
  const read = (): Promise<{ items?: RawTask[]; total?: number } | undefined> => {
    switch (service) {
      case 'proposal':
        return answer(services.proposal.GET('/tasks', { signal }));
      case 'review':
        return answer(services.review.GET('/tasks', { signal }));
      case 'production':
        return answer(services.production.GET('/tasks', { signal }));
      case 'analytics':
        return answer(services.analytics.GET('/tasks', { signal }));
    }
  };
  return taskList(service, await read());
}

/** A service's answer as the inbox holds it: each task tagged with its service. */
export function taskList(service: TaskService, body: { items?: RawTask[]; total?: number } | undefined): ServiceTaskList {
  const items = Array.isArray(body?.items) ? body.items : [];
  const tasks = items.map((task) => ({
    service,
    kind: task.kind,
    moocId: task.moocId,
    subjectId: task.subjectId,
    title: task.title,
    dueDate: task.dueDate ?? null,
    since: task.since,
    params: task.params ?? {},
  }));
  return { tasks, total: typeof body?.total === 'number' ? Math.max(body.total, tasks.length) : tasks.length };
}
