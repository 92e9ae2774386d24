'use client';

import { useEffect, useState } from 'react';

type Theme = 'light' | 'dark' | 'system';
const ORDER: Theme[] = ['system', 'light', 'dark'];

/** Cycles system → light → dark; the choice is kept in localStorage and applied before paint by the layout's script. */
export function ThemeToggle() {
  const [theme, setTheme] = useState<Theme>('system');
  useEffect(() => {
    setTheme((localStorage.getItem('bilat-theme') as Theme | null) ?? 'system');
  }, []);
  const next = () => {
    const chosen = ORDER[(ORDER.indexOf(theme) + 1) % ORDER.length]!;
    setTheme(chosen);
    if (chosen === 'system') {
      localStorage.removeItem('bilat-theme');
      document.documentElement.removeAttribute('data-theme');
    } else {
      localStorage.setItem('bilat-theme', chosen);
      document.documentElement.setAttribute('data-theme', chosen);
    }
  };
  return (
    <button type="button" className="secondary" onClick={next} aria-label={`Colour theme: ${theme}. Change theme`}>
      Theme: {theme}
    </button>
  );
}

/** Runs before first paint so a chosen theme never flashes. */
export const THEME_SCRIPT = `try{var t=localStorage.getItem('bilat-theme');if(t==='light'||t==='dark')document.documentElement.setAttribute('data-theme',t)}catch(e){}`;
