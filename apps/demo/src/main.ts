import { copy } from './copy/copy.ts';
import { mode } from './mode.ts';

/** Each page is its own chunk: the first load carries only the shell and the page it opens on. */
const pages = {
  calculator: () => import('./pages/calculator.ts'),
  limits: () => import('./pages/limits.ts'),
  playground: () => import('./pages/playground.ts'),
  prices: () => import('./pages/prices.ts'),
} as const;

type PageName = keyof typeof pages;

const main = document.getElementById('page') as HTMLElement;
const root = document.documentElement;
let shown = 0;

async function route() {
  const name = location.hash.replace(/^#\//, '') as PageName;
  if (!(name in pages)) {
    location.replace('#/calculator');
    return;
  }
  const visit = ++shown;
  const { tag } = await pages[name]();
  if (visit !== shown) return; // a later click won
  main.replaceChildren(document.createElement(tag));
  for (const link of document.querySelectorAll('nav a')) {
    if (link.getAttribute('href') === `#/${name}`) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  label();
}

const modeBadge = document.getElementById('mode') as HTMLElement;
const lang = document.getElementById('lang') as HTMLButtonElement;
const theme = document.getElementById('theme') as HTMLButtonElement;

/** The shell's words in the page's language. */
function label() {
  const { shell } = copy();
  for (const link of document.querySelectorAll<HTMLAnchorElement>('nav a'))
    link.textContent = shell.pages[link.hash.replace('#/', '') as PageName];
  modeBadge.textContent = mode.real ? shell.real(mode.region) : shell.mock;
  // Named by what it offers, in that language (its visible text is its name).
  lang.textContent = shell.otherLanguage;
  lang.lang = root.lang === 'zh-CN' ? 'en' : 'zh-CN';
  lang.title = shell.language;
  theme.setAttribute('aria-label', shell.darkTheme);
  document.title = `${document.querySelector('nav a[aria-current]')?.textContent} · ${shell.title}`;
}

// The browser's language to begin with; the pages and every widget follow <html lang> from then on.
root.lang = navigator.language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
lang.addEventListener('click', () => {
  root.lang = root.lang === 'zh-CN' ? 'en' : 'zh-CN';
  label();
});

const prefersDark = matchMedia('(prefers-color-scheme: dark)');
const isDark = () => (root.dataset.theme ?? (prefersDark.matches ? 'dark' : 'light')) === 'dark';
theme.setAttribute('aria-pressed', String(isDark()));
theme.addEventListener('click', () => {
  root.dataset.theme = isDark() ? 'light' : 'dark';
  theme.setAttribute('aria-pressed', String(isDark()));
});

addEventListener('hashchange', route);
route();
