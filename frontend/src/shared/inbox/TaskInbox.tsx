import { useId } from 'react';
import { Link } from 'react-router-dom';
import type { Role } from '../auth/roles';
import { formatDate, formatDateTime } from '../i18n/format';
import { useI18n } from '../i18n/useI18n';
import { businessToday, daysUntil, sortTasks, taskLink, urgencyOf, type InboxTask, type Urgency } from './taskModel';
import { actionText, relativeDay, taskDetails, taskText } from './taskWording';
import { useInboxTasks, type ServiceTasks } from './useInboxTasks';

const GROUPS: readonly Urgency[] = ['overdue', 'due', 'open'];

/**
 * Everything waiting for the signed-in person across the four services, merged into one order (overdue first, then
 * by due date, then the longest waiting), each task worded for the reader with a link to where it is done.
 */
export function TaskInbox({
  roles,
  today = businessToday(),
  withMyProductions = false,
}: {
  roles: readonly Role[];
  today?: string;
  /** The page also lists the user's productions: production-service's tasks come with them, in one read. */
  withMyProductions?: boolean;
}) {
  const { t } = useI18n();
  const parts = useInboxTasks(roles, { withMyProductions });
  const loading = parts.some((p) => p.isPending);
  const failed = parts.filter((p) => p.error);
  const tasks = sortTasks(
    parts.flatMap((p) => p.tasks ?? []),
    today,
  );

  // A service lists its most urgent tasks only (the answer's total counts them all): the count is of all of them.
  const open = parts.reduce((n, p) => n + (p.total ?? p.tasks?.length ?? 0), 0);
  const cut = !loading && open > tasks.length;

  let count = '';
  if (loading) count = t('inbox.loading');
  // Every service failed: the notices say so, and no count would be true.
  else if (tasks.length === 0 && failed.length === parts.length && parts.length > 0) count = '';
  else if (tasks.length === 0) count = t(failed.length > 0 ? 'inbox.emptyPartial' : 'inbox.count.none');
  else count = open === 1 ? t('inbox.count.one') : t('inbox.count.other', { count: open });

  return (
    <section className="section task-inbox" aria-labelledby="inbox-heading" data-testid="task-inbox" aria-busy={loading}>
      <h2 id="inbox-heading">{t('inbox.heading')}</h2>
      {/* One status region from the start, so the count is announced when it replaces "Loading". */}
      <p role="status" className={loading ? 'visually-hidden' : 'task-inbox-count'} data-testid="inbox-count" data-count={loading ? undefined : open}>
        {count}
      </p>
      {cut && (
        <p className="task-inbox-cut" data-testid="inbox-cut" data-shown={tasks.length}>
          {t('inbox.cut', { shown: tasks.length })}
        </p>
      )}
      {failed.map((part) => (
        <ServiceFailure key={part.service} part={part} />
      ))}
      {loading ? <InboxPlaceholder /> : <TaskGroups tasks={tasks} today={today} />}
    </section>
  );
}

function ServiceFailure({ part }: { part: ServiceTasks }) {
  const { t } = useI18n();
  const service = t(`inbox.service.${part.service}`);
  return (
    <div className="alert alert-warning task-inbox-failure" data-testid="inbox-failure" data-service={part.service}>
      <p>{t('inbox.failed', { service })}</p>
      <button type="button" className="button button-secondary" aria-label={t('inbox.retryLabel', { service })} onClick={part.retry}>
        {t('inbox.retry')}
      </button>
    </div>
  );
}

/** Grey rows the shape of the list while the services answer; screen readers hear the status line instead. */
function InboxPlaceholder() {
  return (
    <ul className="task-inbox-list task-inbox-placeholder" aria-hidden="true" data-testid="inbox-placeholder">
      {[0, 1, 2].map((i) => (
        <li key={i} className="task-inbox-item">
          <span className="placeholder-bar placeholder-bar-short" />
          <span className="placeholder-bar" />
          <span className="placeholder-bar placeholder-bar-medium" />
        </li>
      ))}
    </ul>
  );
}

function TaskGroups({ tasks, today }: { tasks: InboxTask[]; today: string }) {
  const { t } = useI18n();
  const id = useId();
  return (
    <>
      {GROUPS.map((group) => {
        const members = tasks.filter((task) => urgencyOf(task, today) === group);
        if (members.length === 0) return null;
        const headingId = `${id}-${group}`;
        return (
          <div key={group} className="task-inbox-group" data-testid={`inbox-group-${group}`}>
            <h3 id={headingId}>{t(`inbox.group.${group}`, { count: members.length })}</h3>
            <ul className="task-inbox-list" aria-labelledby={headingId}>
              {members.map((task, index) => (
                // Two tasks can share a kind and subject (two current milestones of one production).
                <TaskItem key={`${task.service}-${task.kind}-${task.subjectId}-${index}`} task={task} today={today} />
              ))}
            </ul>
          </div>
        );
      })}
    </>
  );
}

function TaskItem({ task, today }: { task: InboxTask; today: string }) {
  const { t, locale } = useI18n();
  const textId = useId();
  const urgency = urgencyOf(task, today);
  const details = taskDetails(t, locale, task);
  const dueToday = task.dueDate !== null && daysUntil(task.dueDate, today) === 0;
  return (
    <li className="task-inbox-item" data-testid="inbox-task" data-service={task.service} data-kind={task.kind} data-urgency={urgency}>
      <p className="task-inbox-source muted">{t(`inbox.source.${task.service}`)}</p>
      <p className="task-inbox-text" id={textId} data-testid="inbox-task-text">
        {taskText(t, locale, task)}
      </p>
      {details.length > 0 && (
        <ul className="task-inbox-details">
          {details.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      <p className="task-inbox-when" data-testid="inbox-task-when">
        {urgency === 'overdue' && <span className="badge badge-overdue">{t('inbox.badge.overdue')}</span>}
        {dueToday && <span className="badge badge-due-today">{t('inbox.badge.today')}</span>}
        {task.dueDate && (
          <span data-testid="inbox-task-due">
            {t(urgency === 'overdue' ? 'inbox.due.overdue' : 'inbox.due', { date: formatDate(locale, task.dueDate) })}
            {!dueToday && ` (${relativeDay(locale, task.dueDate, today)})`}
          </span>
        )}
        <span className="muted">{t('inbox.since', { date: formatDateTime(locale, task.since) })}</span>
      </p>
      <Link to={taskLink(task)} className="button button-secondary task-inbox-action" aria-describedby={textId} data-testid="inbox-task-action">
        {actionText(t, task)}
        {/* The action's name says which task it is, however many say "Sign". */}
        <span className="visually-hidden">: «{task.title}»</span>
      </Link>
    </li>
  );
}
