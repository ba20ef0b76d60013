import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router-dom';

/** How long a page may take to show the element a link points at (its data loading) before the hook gives up. */
export const HASH_TARGET_WAIT_MS = 10_000;

const NATIVELY_FOCUSABLE = 'a[href], area[href], button, input, select, textarea, summary, iframe, [contenteditable]';

/**
 * A link to `/page#part` scrolls to the element with the id `part` and focuses it, after a client-side navigation
 * too (the browser does so only on a full load). Focus goes with the view so that keyboard and screen-reader users
 * continue reading there; an element that cannot take focus is given `tabIndex = -1`. A page that loads its data
 * shows the element later: the hook waits for it (at most HASH_TARGET_WAIT_MS, until the next navigation).
 */
export function useScrollToHash() {
  const location = useLocation();
  const firstRender = useRef(true);

  useEffect(() => {
    // On a full load the browser scrolls to the fragment itself.
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const id = fragmentId(location.hash);
    if (!id) return;
    if (reveal(id)) return;
    const observer = new MutationObserver(() => {
      if (reveal(id)) stop();
    });
    const timer = window.setTimeout(() => stop(), HASH_TARGET_WAIT_MS);
    const stop = () => {
      observer.disconnect();
      window.clearTimeout(timer);
    };
    observer.observe(document.body, { childList: true, subtree: true });
    return stop;
    // location.key: following the same link again is a new navigation, and scrolls again.
  }, [location.key, location.pathname, location.hash]);
}

/** The id a URL's hash names: `#next-step` → `next-step` (percent-escapes decoded); none for an empty hash. */
export function fragmentId(hash: string): string | null {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!raw) return null;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** Scrolls to the element and focuses it; false while the page does not show it yet. */
function reveal(id: string): boolean {
  const target = document.getElementById(id);
  if (!target) return false;
  if (!target.hasAttribute('tabindex') && !target.matches(NATIVELY_FOCUSABLE)) target.tabIndex = -1;
  // jsdom and old browsers lack scrollIntoView; focusing still brings the element into view there.
  target.scrollIntoView?.({ block: 'start' });
  target.focus({ preventScroll: true });
  return true;
}
