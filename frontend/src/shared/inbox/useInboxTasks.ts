import { useQueries } from '@tanstack/react-query';
import { useApi } from '../api/useApi';
import type { Role } from '../auth/roles';
import type { InboxTask, TaskService } from './taskModel';
import { fetchTasks, taskServicesFor } from './taskSources';

export const inboxKeys = {
  service: (service: TaskService) => ['tasks', service] as const,
};

/** One service's part of the inbox: its tasks once read, or why it could not be. */
export interface ServiceTasks {
  service: TaskService;
  tasks: InboxTask[] | undefined;
  isPending: boolean;
  error: unknown;
  retry: () => void;
}

/**
 * Each service's `GET /tasks`, asked separately (a failure of one hides none of the others), and only of the
 * services where the user's roles can have tasks.
 */
export function useInboxTasks(roles: readonly Role[]): ServiceTasks[] {
  const api = useApi();
  const services = taskServicesFor(roles);
  const results = useQueries({
    queries: services.map((service) => ({
      queryKey: inboxKeys.service(service),
      queryFn: ({ signal }: { signal: AbortSignal }) => fetchTasks(api.services, service, signal),
      // Read afresh whenever the home opens, never from a copy kept since: a task just done must not show as waiting.
      staleTime: 0,
      gcTime: 0,
    })),
  });
  return services.map((service, i) => ({
    service,
    tasks: results[i].data,
    isPending: results[i].isPending,
    error: results[i].isError ? results[i].error : null,
    retry: () => void results[i].refetch(),
  }));
}
