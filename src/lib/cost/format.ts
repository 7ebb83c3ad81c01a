const cache = new Map<string, ReturnType<typeof create>>();

/** Number formats of the calculator, per page language (made once: Intl formatters are slow to create). */
export function formats(lang: string) {
  let made = cache.get(lang);
  if (!made) cache.set(lang, (made = create(lang)));
  return made;
}

function create(lang: string) {
  const whole = new Intl.NumberFormat(lang, { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
  const cents = new Intl.NumberFormat(lang, {
    style: 'currency',
    currency: 'USD',
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  const compactMoney = new Intl.NumberFormat(lang, {
    style: 'currency',
    currency: 'USD',
    notation: 'compact',
    maximumFractionDigits: 1,
  });
  const compact = new Intl.NumberFormat(lang, { notation: 'compact', maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 });
  const ratio = new Intl.NumberFormat(lang, { maximumFractionDigits: 1, minimumFractionDigits: 1 });
  const price = new Intl.NumberFormat(lang, {
    style: 'currency',
    currency: 'USD',
    minimumFractionDigits: 2,
    maximumFractionDigits: 4,
  });
  return {
    /** Dollars: whole from $100 up, with cents below, so small bills do not read as $0. */
    money: (value: number) => (Math.abs(value) >= 100 || value === 0 ? whole : cents).format(value),
    compactMoney: (value: number) => compactMoney.format(value),
    tokens: (value: number) => compact.format(value),
    percent: (share: number) => percent.format(share),
    ratio: (value: number) => ratio.format(value),
    /** A price per 1M tokens with the digits it needs ($0.035 stays $0.035). */
    perMillion: (usd: number) => price.format(usd),
  };
}
