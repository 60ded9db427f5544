/** The reader's choice in the theme switch; `system` follows `prefers-color-scheme`. */
export type ThemeChoice = 'system' | 'light' | 'dark';

/** Every choice, in the switch's order. */
export const THEME_CHOICES = ['system', 'light', 'dark'] as const satisfies readonly ThemeChoice[];

/** The localStorage key that remembers a pinned theme (absent: follow the system). */
export const THEME_STORAGE_KEY = 'kr-theme';

/**
 * Reads a stored value as a theme choice; anything unknown (or nothing) means the system's.
 * @example themeFromStorage('dark') // 'dark'
 * @example themeFromStorage('purple') // 'system'
 */
export function themeFromStorage(value: string | null): ThemeChoice {
  return value === 'light' || value === 'dark' ? value : 'system';
}

/**
 * The <head> script run before first paint: marks the page as scripted (so the switch shows) and
 * applies the stored theme, so it never flashes the wrong one. A string, as Astro hashes it for
 * the CSP as is; it repeats `themeFromStorage`, which the unit tests hold it to.
 */
export const THEME_BOOT_SCRIPT =
  `(()=>{const d=document.documentElement;d.dataset.js='';` +
  `try{const t=localStorage.getItem('${THEME_STORAGE_KEY}');if(t==='light'||t==='dark')d.dataset.theme=t}catch{}})()`;

/** Pins the theme on <html> (or follows the system again) and remembers the choice. */
export function applyTheme(root: Document, choice: ThemeChoice, storage: Pick<Storage, 'setItem' | 'removeItem'>): void {
  if (choice === 'system') delete root.documentElement.dataset.theme;
  else root.documentElement.dataset.theme = choice;
  try {
    if (choice === 'system') storage.removeItem(THEME_STORAGE_KEY);
    else storage.setItem(THEME_STORAGE_KEY, choice);
  } catch {
    // Storage can be off (private modes, policies): the choice then lasts for this page only.
  }
}

/**
 * Wires the theme radio group: checks the stored choice and applies a new one (other open tabs
 * take it on their next page). Without JavaScript the group stays hidden and the system decides.
 */
export function enableThemeSwitch(root: Document): void {
  const radios = root.querySelectorAll<HTMLInputElement>('[data-theme-switch] input[type="radio"]');
  // The head script has already pinned a stored choice on <html>: no second storage read.
  const stored = themeFromStorage(root.documentElement.dataset.theme ?? null);
  for (const radio of radios) {
    radio.checked = radio.value === stored;
    radio.addEventListener('change', () => {
      if (radio.checked) applyTheme(root, themeFromStorage(radio.value), localStorage);
    });
  }
}
