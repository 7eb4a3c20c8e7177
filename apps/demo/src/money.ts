const formats = new Map<string, Intl.NumberFormat>();

/** An exact decimal amount (core's strings) as money, e.g. "0.0091" CNY → "CN¥0.0091"; never rounded through a float. */
export function money(amount: string, currency: string): string {
  const locale = document.documentElement.lang || 'en';
  let format = formats.get(`${locale} ${currency}`);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 20 });
    formats.set(`${locale} ${currency}`, format);
  }
  return format.format(amount as unknown as number); // Intl formats a decimal string exactly
}
