import { useEffect, useRef } from 'react';

/**
 * A ref for the element that shows what a step said (its notice or its failure): it takes focus each time `shown`
 * becomes something new, so that keyboard and screen-reader users land on it.
 */
export function useFocusWhenShown<T extends HTMLElement>(shown: unknown) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (shown) ref.current?.focus();
  }, [shown]);
  return ref;
}
