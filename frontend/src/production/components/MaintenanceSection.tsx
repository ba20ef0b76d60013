import { can } from '../../shared/api/permissions';
import { useCompleteMaintenanceTask } from '../api/productionQueries';
import type { Production } from '../api/productionTypes';
import { formatDateTime, formatSemester } from '../../shared/i18n/format';
import { formatMaintenanceTask, formatTaskStatus } from '../i18n/productionFormat';
import { useI18n } from '../../shared/i18n/useI18n';
import { useSteps } from './productionSteps';

/** After the launch: the maintenance tasks from the study board's semester reviews; with MANAGE_MAINTENANCE marked done. */
export function MaintenanceSection({ production: p }: { production: Production }) {
  const { t, locale } = useI18n();
  const steps = useSteps();
  const complete = useCompleteMaintenanceTask();
  const tasks = p.maintenanceTasks ?? [];
  return (
    <section className="card detail-section" aria-labelledby="maintenance-heading" data-testid="section-maintenance">
      <h2 id="maintenance-heading">{t('maintenance.heading')}</h2>
      <p className="muted">{t('maintenance.intro')}</p>
      {tasks.length === 0 ? (
        <p className="empty" data-testid="maintenance-empty">
          {t('maintenance.empty')}
        </p>
      ) : (
        <ul className="task-list" aria-labelledby="maintenance-heading" data-testid="maintenance-tasks">
          {tasks.map((task) => (
            <li key={task.id} className="task" data-testid="maintenance-task" data-task-id={task.id} data-status={task.status}>
              <p className="prose-value" id={`task-${task.id}`}>
                {formatMaintenanceTask(t, task)}
              </p>
              <p className="muted">
                <span className={`badge badge-task-${String(task.status).toLowerCase()}`} data-testid="maintenance-task-status">
                  {formatTaskStatus(t, task.status)}
                </span>{' '}
                {task.semester && t('maintenance.semester', { semester: formatSemester(t, task.semester) })}
                {task.createdAt && ` · ${t('maintenance.created', { when: formatDateTime(locale, task.createdAt) })}`}
              </p>
              {task.status === 'OPEN' && can(p, 'MANAGE_MAINTENANCE') && (
                <button
                  type="button"
                  className="button button-small"
                  aria-describedby={`task-${task.id}`}
                  data-testid={`complete-task-${task.id}`}
                  disabled={steps.pending !== null}
                  onClick={() =>
                    void steps.run(`task-${task.id}`, 'maintenance.failed', () => complete.mutateAsync({ id: p.moocId, taskId: task.id }), () => ({
                      key: 'maintenance.done',
                      params: { task: formatMaintenanceTask(t, task) },
                    }))
                  }
                >
                  {steps.pending === `task-${task.id}` ? t('workflow.working') : t('maintenance.markDone')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
