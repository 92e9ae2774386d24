'use client';

import { useState } from 'react';

/** Rows of a repeating group (participants, citations): stable keys, add and remove. */
export function useRows<T>(initial: readonly T[], blank: T) {
  const [rows, setRows] = useState(() => initial.map((value, index) => ({ key: index, value })));
  const [next, setNext] = useState(initial.length);
  return {
    rows,
    add: () => {
      setRows((current) => [...current, { key: next, value: blank }]);
      setNext((n) => n + 1);
    },
    remove: (key: number) => setRows((current) => current.filter((row) => row.key !== key)),
  };
}
