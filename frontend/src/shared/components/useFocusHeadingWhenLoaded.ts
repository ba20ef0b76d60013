import { useEffect, useRef } from 'react';
import { MAIN_ID } from './Layout';

/**
 * The layout focuses a page's <h1> after navigation, but on a page that loads its data the heading does not exist
 * yet. This focuses it once, when the data has arrived, unless the reader has already moved focus elsewhere.
 */
export function useFocusHeadingWhenLoaded(headingId: string, loaded: unknown) {
  const done = useRef(false);
  useEffect(() => {
    if (!loaded || done.current) return;
    done.current = true;
    const active = document.activeElement;
    if (!active || active === document.body || active.id === MAIN_ID) document.getElementById(headingId)?.focus();
  }, [loaded, headingId]);
}
