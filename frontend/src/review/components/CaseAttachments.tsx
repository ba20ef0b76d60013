import { useState } from 'react';
import { errorMessage } from '../../shared/api/errorMessage';
import { useAttachments, useDownloadAttachment } from '../../proposals/api/queries';
import type { Attachment } from '../../proposals/api/types';
import { formatAttachmentType, saveBlob } from '../../proposals/components/attachmentFiles';
import { ErrorAlert } from '../../shared/components/Alert';
import { formatDateTime, formatFileSize } from '../../shared/i18n/format';
import { useI18n } from '../../shared/i18n/useI18n';
import { Skeleton } from '../../shared/components/Skeleton';

const HEADING_ID = 'evidence-attachments-heading';

/**
 * The files attached to the application (the course outline and the like), to download with the token. Files are
 * part of the submitted content, so they are the round's own unless the proposal has moved on since: then it says so.
 */
export function CaseAttachments({ moocId, movedOn, enabled = true }: { moocId: string; movedOn: boolean; enabled?: boolean }) {
  const { t, locale } = useI18n();
  const attachments = useAttachments(moocId, { enabled });
  const download = useDownloadAttachment();
  const [pending, setPending] = useState<string | null>(null);
  const [failure, setFailure] = useState<{ error: unknown; name: string } | null>(null);

  async function downloadOne(a: Attachment) {
    setFailure(null);
    setPending(a.id);
    try {
      const { blob } = await download.mutateAsync({ id: moocId, attachmentId: a.id });
      saveBlob(blob, a.fileName);
    } catch (error) {
      setFailure({ error, name: a.fileName });
    } finally {
      setPending(null);
    }
  }

  const list = attachments.data ?? [];
  return (
    <section className="card evidence-group" aria-labelledby={HEADING_ID} data-testid="evidence-attachments">
      <h3 id={HEADING_ID}>{t('attachments.heading')}</h3>
      {movedOn && (
        <p className="muted" data-testid="attachments-moved-on">
          {t('evidence.attachments.movedOn')}
        </p>
      )}
      {attachments.isPending && <Skeleton shape="text" count={2} label={t('attachments.loading')} />}
      {attachments.isError && (
        <ErrorAlert testId="evidence-attachments-error">
          <p>
            {t('attachments.loadError')} {errorMessage(t, attachments.error)}
          </p>
          <button type="button" className="button button-secondary" onClick={() => void attachments.refetch()}>
            {t('app.retry')}
          </button>
        </ErrorAlert>
      )}
      {failure && (
        <ErrorAlert testId="evidence-download-error">
          <p>
            <strong>{t('attachments.failed.download')}</strong> ({failure.name}) {errorMessage(t, failure.error)}
          </p>
        </ErrorAlert>
      )}
      {attachments.data && list.length === 0 && (
        <p className="muted" data-testid="evidence-attachments-empty">
          {t('attachments.empty')}
        </p>
      )}
      {list.length > 0 && (
        <ul className="attachment-list" aria-labelledby={HEADING_ID} data-testid="evidence-attachments-list">
          {list.map((a) => (
            <li key={a.id} className="attachment-item" data-testid="evidence-attachment" data-file-name={a.fileName}>
              <div className="attachment-info">
                <span className="attachment-name">{a.fileName}</span>
                <span className="attachment-meta">
                  {formatAttachmentType(t, a.mediaType)}, {formatFileSize(t, locale, a.sizeBytes)}
                </span>
                <span className="attachment-meta muted">{t('attachments.uploadedAt', { date: formatDateTime(locale, a.uploadedAt) })}</span>
              </div>
              <button
                type="button"
                className="button button-secondary button-small"
                disabled={pending !== null}
                onClick={() => void downloadOne(a)}
                data-testid="evidence-download"
              >
                {pending === a.id ? (
                  t('attachments.downloading')
                ) : (
                  <>
                    {t('attachments.download')} <span className="visually-hidden">{t('attachments.fileOf', { name: a.fileName })}</span>
                  </>
                )}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
