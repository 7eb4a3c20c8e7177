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
    link.toggleAttribute('aria-current', link.getAttribute('href') === `#/${name}`);
    if (link.hasAttribute('aria-current')) link.setAttribute('aria-current', 'page');
  }
  document.title = `${document.querySelector('nav a[aria-current]')?.textContent} · minimax-kit demo`;
}

const modeBadge = document.getElementById('mode') as HTMLElement;
modeBadge.textContent = mode.real
  ? `Real MiniMax (${mode.region}) through the dev server`
  : 'Offline: MiniMax mocked in this tab';

const lang = document.getElementById('lang') as HTMLButtonElement;
lang.addEventListener('click', () => {
  // Every widget follows <html lang>.
  root.lang = root.lang === 'zh-CN' ? 'en' : 'zh-CN';
  lang.textContent = root.lang === 'zh-CN' ? 'English' : '中文';
});

const theme = document.getElementById('theme') as HTMLButtonElement;
const prefersDark = matchMedia('(prefers-color-scheme: dark)');
const isDark = () => (root.dataset.theme ?? (prefersDark.matches ? 'dark' : 'light')) === 'dark';
theme.setAttribute('aria-pressed', String(isDark()));
theme.addEventListener('click', () => {
  root.dataset.theme = isDark() ? 'light' : 'dark';
  theme.setAttribute('aria-pressed', String(isDark()));
  themeWidgets(document);
});

const widgets = 'mm-cost-calculator, mm-quota-meter, mm-rate-gauge';
function themeWidgets(within: ParentNode) {
  const chosen = root.dataset.theme;
  if (chosen) for (const widget of within.querySelectorAll(widgets)) widget.setAttribute('theme', chosen);
}
// Widgets that pages render later take the chosen theme too.
new MutationObserver(() => themeWidgets(main)).observe(main, { childList: true, subtree: true });

addEventListener('hashchange', route);
route();
