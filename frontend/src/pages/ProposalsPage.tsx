import type { CurrentUser } from '../auth/roles';
import { ProposalsSection } from '../components/ProposalsSection';

export function ProposalsPage({ user }: { user: CurrentUser }) {
  return <ProposalsSection mode={user.roles.includes('instructor') ? 'mine' : 'all'} asPage />;
}
