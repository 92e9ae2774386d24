import { formatPartialDate, interactionCodeLabel } from "@bilat/domain";
import type { DossierView } from "~/server/dossier";

/** Machine-coded news events (GDELT) by month: counts, never mixed into curated meetings. */
export function InteractionsSection({ view }: { view: DossierView }) {
  const months = view.dossier.interactions;
  if (months.length === 0) {
    return (
      <p className="empty">
        No machine-coded events are loaded for this pair (bilat import gdelt
        FILE loads a GDELT events export).
      </p>
    );
  }
  return (
    <div className="table-wrap" data-testid="interactions">
      <table>
        <caption>
          Events machine-coded from news reports by GDELT, by month; they are
          not verified meetings
        </caption>
        <thead>
          <tr>
            <th scope="col">Month</th>
            <th scope="col" className="num">
              Events
            </th>
            <th scope="col">What (CAMEO codes)</th>
          </tr>
        </thead>
        <tbody>
          {months.map((month) => (
            <tr key={month.month} data-month={month.month}>
              <th scope="row">{formatPartialDate(month.month)}</th>
              <td className="num">{month.count}</td>
              <td>
                {month.codes
                  .map((code) => `${interactionCodeLabel(code)} (${code})`)
                  .join(", ")}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
