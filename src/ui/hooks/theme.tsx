import { createContext, type ReactNode, useContext } from 'react';
import type { Theme } from '../theme.js';

const ThemeContext = createContext<Theme>({ color: true });

interface Props {
  theme: Theme;
  children: ReactNode;
}

/** Publishes whether colours are on (see theme.ts). */
export function ThemeProvider({ theme, children }: Props) {
  return <ThemeContext.Provider value={theme}>{children}</ThemeContext.Provider>;
}

export function useTheme(): Theme {
  return useContext(ThemeContext);
}
