import { formatMoney, type Money } from '@bilat/domain';
import { moneyLabel } from '@bilat/formats';

/**
 * A sum as prose shows it ("US$4.78 billion"), the exact amount in its title ("US$4.781064 billion")
 * when they differ. Sums set side by side pass the label moneyLabelsApart gave them, so that two
 * different figures never read the same.
 */
export function MoneyText({ value, label }: { value: Money; label?: string }) {
  const shown = label ?? moneyLabel(value);
  const exact = formatMoney(value);
  return shown === exact ? <>{shown}</> : <span title={exact}>{shown}</span>;
}
