import { ReviewCasesSection } from '../components/ReviewCasesSection';

export function ReviewCasesPage() {
  return <ReviewCasesSection asPage />;
}
