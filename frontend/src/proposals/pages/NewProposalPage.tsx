import { useNavigate } from 'react-router-dom';
import { useCreateProposal } from '../api/queries';
import { PageHeading } from '../../shared/components/PageHeading';
import { ProposalForm } from '../components/ProposalForm';
import { proposalPath, type CreatedState } from '../components/ProposalsSection';
import { useI18n } from '../../shared/i18n/useI18n';

/** The whole application in one form, for an instructor who has it ready. */
export function NewProposalPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const create = useCreateProposal();
  return (
    <div data-testid="new-proposal-page">
      <PageHeading id="new-proposal-heading" title={t('newProposal.title')}>
        {t('newProposal.title')}
      </PageHeading>
      <ProposalForm
        variant="full"
        labelledBy="new-proposal-heading"
        headingLevel={1}
        onSave={(input) => create.mutateAsync(input)}
        onSaved={(p) => navigate(proposalPath(p), { state: { created: p.title } satisfies CreatedState })}
      />
    </div>
  );
}
