import { useQueries } from '@tanstack/react-query';
import { useApi } from '../api/useApi';
import type { Role } from '../auth/roles';
import type { InboxTask, TaskService } from './taskModel';
import type { ProductionHome } from '../../production/api/productionClient';
import { productionHomeQuery } from '../../production/api/productionQueries';
import { fetchTasks, taskServicesFor } from './taskSources';

export const inboxKeys = {
  service: (service: TaskService) => ['tasks', service] as const,
};

/** One service's part of the inbox: its tasks once read, or why it could not be. */
export interface ServiceTasks {
  service: TaskService;
  tasks: InboxTask[] | undefined;
  /** How many tasks the service has open; more than `tasks` when it listed only the most urgent. */
  total: number | undefined;
  isPending: boolean;
  error: unknown;
  retry: () => void;
}

/**
 * Each service's `GET /tasks`, asked separately (a failure of one hides none of the others), and only of the
 * services where the user's roles can have tasks. With `withMyProductions` (the home of an instructor, who also sees
 * the list of her productions) production-service's tasks come from its `GET /home`, which answers both.
 */
export function useInboxTasks(roles: readonly Role[], { withMyProductions = false } = {}): ServiceTasks[] {
  const api = useApi();
  const services = taskServicesFor(roles);
  const results = useQueries({
    queries: services.map((service) =>
      service === 'production' && withMyProductions
        ? { ...productionHomeQuery(api), select: (home: ProductionHome) => home.tasks }
        : {
            queryKey: inboxKeys.service(service),
            queryFn: ({ signal }: { signal: AbortSignal }) => fetchTasks(api.services, service, signal),
            // Read afresh whenever the home opens, never from a copy kept since: a task just done must not show as waiting.
            staleTime: 0,
            gcTime: 0,
          },
    ),
  });
  return services.map((service, i) => ({
    service,
    tasks: results[i].data?.tasks,
    total: results[i].data?.total,
    isPending: results[i].isPending,
    error: results[i].isError ? results[i].error : null,
    retry: () => void results[i].refetch(),
  }));
}
