// Numbers and money in the page's language, through Intl; one formatter per language and currency.
const formats = new Map<string, Intl.NumberFormat>();

function formatter(currency?: string): Intl.NumberFormat {
  const locale = document.documentElement.lang || 'en';
  const key = `${locale} ${currency ?? ''}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(
      locale,
      currency ? { style: 'currency', currency, maximumFractionDigits: 20 } : {},
    );
    formats.set(key, format);
  }
  return format;
}

/** A count, e.g. 12,345. */
export const count = (n: number): string => formatter().format(n);

/** An exact decimal amount (core's strings) as money, e.g. "0.0091" CNY → "CN¥0.0091"; never rounded through a float. */
export const money = (amount: string, currency: string): string =>
  formatter(currency).format(amount as unknown as number); // Intl formats a decimal string exactly
