import { en } from '../translations/en.js';
import type { Translation } from '../translations/translation.js';
import { zhCN } from '../translations/zh-cn.js';

/** The dictionary for a BCP 47 tag: Chinese for any `zh…`, English otherwise. */
export function translationFor(lang: string | undefined): Translation {
  return lang?.toLowerCase().startsWith('zh') ? zhCN : en;
}

/** Numbers, money and durations in one language, through `Intl`. */
export class Formatter {
  readonly t: Translation;
  readonly #numbers: Intl.NumberFormat;
  readonly #money = new Map<string, Intl.NumberFormat>();
  readonly #times: Intl.DateTimeFormat;
  readonly #percents: Intl.NumberFormat;

  constructor(t: Translation) {
    this.t = t;
    this.#numbers = new Intl.NumberFormat(t.$code);
    this.#percents = new Intl.NumberFormat(t.$code, { style: 'percent', maximumFractionDigits: 1 });
    this.#times = new Intl.DateTimeFormat(t.$code, { weekday: 'short', hour: '2-digit', minute: '2-digit' });
  }

  number(value: number | string): string {
    return this.#numbers.format(value as number);
  }

  /** A percentage given as 0–100. */
  percent(value: number): string {
    return this.#percents.format(value / 100);
  }

  /** An exact decimal string in a currency, every digit kept (`Intl` formats decimal strings exactly). */
  money(amount: string, currency: string): string {
    let format = this.#money.get(currency);
    if (!format) {
      format = new Intl.NumberFormat(this.t.$code, {
        style: 'currency',
        currency,
        maximumFractionDigits: 20,
      });
      this.#money.set(currency, format);
    }
    return format.format(amount as unknown as number);
  }

  /** A wall-clock time, e.g. "Mon 14:05". */
  time(epochMs: number): string {
    return this.#times.format(epochMs);
  }

  /** A duration such as "2 h 05 min" / "2小时05分钟": two units at most, seconds only under an hour. */
  duration(ms: number): string {
    const total = Math.max(0, Math.ceil(ms / 1000));
    const days = Math.floor(total / 86_400);
    const hours = Math.floor((total % 86_400) / 3600);
    const minutes = Math.floor((total % 3600) / 60);
    const seconds = total % 60;
    const { durations } = this.t;
    const gap = this.t.$code === 'en' ? ' ' : '';
    const pad = (n: number) => String(n).padStart(2, '0');
    if (days > 0) return `${days}${gap}${durations.days} ${pad(hours)}${gap}${durations.hours}`;
    if (hours > 0) return `${hours}${gap}${durations.hours} ${pad(minutes)}${gap}${durations.minutes}`;
    if (minutes > 0) return `${minutes}${gap}${durations.minutes} ${pad(seconds)}${gap}${durations.seconds}`;
    return `${seconds}${gap}${durations.seconds}`;
  }
}
