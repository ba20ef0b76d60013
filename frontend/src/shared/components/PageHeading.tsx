import type { ReactNode } from 'react';
import { useDocumentTitle } from './useDocumentTitle';

/**
 * The page's single <h1>. It also sets the document title and can receive focus
 * programmatically, which the layout uses after client-side navigation.
 */
export function PageHeading({ children, title, id }: { children: ReactNode; title: string; id?: string }) {
  useDocumentTitle(title);
  return (
    <h1 id={id} className="page-heading" tabIndex={-1} data-testid="page-heading">
      {children}
    </h1>
  );
}
