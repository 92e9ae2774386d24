/** Exact money as the figure and scale a form shows: 223600000 with precision 100000 → "223.6" million. */
export function figureOf(money: { amount: string; currency: string; precision?: string } | undefined): { figure?: string; scale: string; currency: string } {
  if (!money) return { scale: 'million', currency: 'USD' };
  const negative = money.amount.startsWith('-');
  const [whole = '0', fraction = ''] = money.amount.replace('-', '').split('.');
  const digits = whole.replace(/^0+(?=\d)/, '');
  const scales: [string, number][] = [
    ['billion', 9],
    ['million', 6],
    ['thousand', 3],
  ];
  const [scale, shift] = scales.find(([, power]) => digits.length > power) ?? ['unit', 0];
  const padded = digits.padStart(shift + 1, '0');
  const integer = padded.slice(0, padded.length - shift);
  let decimals = (padded.slice(padded.length - shift) + fraction).replace(/0+$/, '');
  // Keep the zeros the stated precision says are known ("95.0" when known to a tenth).
  const precisionDigits = money.precision ? Math.max(0, shift - (money.precision.length - 1)) : 0;
  if (decimals.length < precisionDigits) decimals = decimals.padEnd(precisionDigits, '0');
  return { figure: `${negative ? '-' : ''}${integer}${decimals ? `.${decimals}` : ''}`, scale, currency: money.currency };
}
