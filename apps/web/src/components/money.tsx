import { formatMoney, type Money } from '@bilat/domain';
import { moneyLabel } from '@bilat/formats';

/** A sum as prose shows it ("US$4.78 billion"), the exact amount in its title ("US$4.781064 billion") when they differ. */
export function MoneyText({ value }: { value: Money }) {
  const shown = moneyLabel(value);
  const exact = formatMoney(value);
  return shown === exact ? <>{shown}</> : <span title={exact}>{shown}</span>;
}
