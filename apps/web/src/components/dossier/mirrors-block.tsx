import { partyName, partyNameInText, type TradeFlow } from "@bilat/domain";
import { mirrorGapLabel, mirrorMoneyLabels, periodLabel } from "@bilat/formats";
import { Cite } from "~/components/citations";
import { MoneyText } from "~/components/money";
import type { DossierView } from "~/server/dossier";

function Figures({
  figures,
  labels,
  view,
}: {
  figures: readonly TradeFlow[];
  labels: readonly string[];
  view: DossierView;
}) {
  return (
    <span className="side-by-side">
      {figures.map((figure, i) => (
        <span key={figure.id} className="money">
          <MoneyText value={figure.value} label={labels[i]} />
          {figure.valuation && (
            <span className="muted"> {figure.valuation}</span>
          )}
          <Cite
            citations={figure.citations}
            sourceTitles={view.sourceTitles}
            numbers={view.sourceNumbers}
          />
        </span>
      ))}
    </span>
  );
}

/**
 * One flow as both sides report it: the exporter's reported exports beside the
 * importer's reported imports, the gap, and why such gaps exist. Neither figure replaces
 * the other.
 */
export function MirrorsBlock({ view }: { view: DossierView }) {
  const mirrors = view.dossier.tradeMirrors;
  if (mirrors.length === 0) return null;
  return (
    <div className="stack" data-testid="trade-mirrors">
      <h3>Two figures for one flow</h3>
      <div className="table-wrap">
        <table>
          <caption>
            Each side&rsquo;s statistics for the same flow: exports as the
            exporter reports them, imports as the importer reports them
          </caption>
          <thead>
            <tr>
              <th scope="col">Period</th>
              <th scope="col">Flow</th>
              <th scope="col" className="num">
                Exporter&rsquo;s figure
              </th>
              <th scope="col" className="num">
                Importer&rsquo;s figure
              </th>
              <th scope="col" className="num">
                Gap
              </th>
            </tr>
          </thead>
          <tbody>
            {mirrors.map((mirror) => {
              const labels = mirrorMoneyLabels(mirror);
              return (
                <tr
                  key={`${mirror.period.start}-${mirror.period.end ?? ""}-${mirror.exporter}`}
                  data-mirror={`${mirror.exporter}-${mirror.importer}-${mirror.period.start}`}
                >
                  <th scope="row">
                    {periodLabel(mirror.period, { style: "short" })}
                  </th>
                  <td>
                    {partyName(mirror.exporter)} → {partyName(mirror.importer)}
                  </td>
                  <td className="num">
                    <span className="muted">
                      exports reported by {partyNameInText(mirror.exporter)}:{" "}
                    </span>
                    <Figures
                      figures={mirror.exported}
                      labels={labels.exported}
                      view={view}
                    />
                  </td>
                  <td className="num">
                    <span className="muted">
                      imports reported by {partyNameInText(mirror.importer)}:{" "}
                    </span>
                    <Figures
                      figures={mirror.imported}
                      labels={labels.imported}
                      view={view}
                    />
                  </td>
                  <td className="num">{mirrorGapLabel(mirror)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div>
        <p className="muted">Why the two figures differ:</p>
        <ul>
          {mirrors[0]!.reasons.map((reason) => (
            <li key={reason} className="muted">
              {reason}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
