import { useEffect, useRef } from 'react';
import { MAIN_ID } from '../../shared/components/Layout';

/**
 * The layout focuses the page's <h1> after navigation, but on a page that loads first it did not exist yet: once
 * `ready`, the heading takes focus unless the reader has moved it elsewhere meanwhile.
 */
export function useHeadingFocus(ready: boolean, headingId: string): void {
  const focused = useRef(false);
  useEffect(() => {
    if (!ready || focused.current) return;
    focused.current = true;
    const active = document.activeElement;
    if (!active || active === document.body || active.id === MAIN_ID) document.getElementById(headingId)?.focus();
  }, [ready, headingId]);
}
