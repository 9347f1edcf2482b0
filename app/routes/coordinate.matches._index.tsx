import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { MatchCard } from "~/features/matching/match-pipeline.tsx";
import { pageMeta } from "~/kernel/meta.ts";
import { loadMatchBoard, matchBoardAction } from "~/features/matching/match-pages.server.ts";

export const loader = ({ request }: LoaderFunctionArgs) => loadMatchBoard(request);

export const action = ({ request, context }: ActionFunctionArgs) => matchBoardAction(request, context);

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export default function MatchBoard() {
  const { filters, columns, ended, strategies, coordinators } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <div className="container page coordinate-page match-board-page">
      <p className="page-banner__eyebrow">{t("coordinate.title")}</p>
      <h1>{t("matching.pipeline.board.title")}</h1>
      <p className="lead">{t("matching.pipeline.board.lead")}</p>
      <p>
        <Link to="/coordinate/matches/reports">{t("matching.pipeline.board.reportsLink")}</Link>
      </p>
      <Form method="get" className="filter-bar" role="search" aria-label={t("matching.pipeline.board.filtersLabel")}>
        <div className="field">
          <label htmlFor="match-strategy">{t("matching.pipeline.board.strategyLabel")}</label>
          <select id="match-strategy" name="strategy" defaultValue={filters.strategy ?? ""}>
            <option value="">{t("matching.pipeline.board.any")}</option>
            {strategies.map((strategy) => (
              <option key={strategy.code} value={strategy.code}>
                {strategy.code} {strategy.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="match-owner">{t("matching.pipeline.board.ownerLabel")}</label>
          <select id="match-owner" name="owner" defaultValue={filters.owner ?? ""}>
            <option value="">{t("matching.pipeline.board.any")}</option>
            {coordinators.map((coordinator) => (
              <option key={coordinator.id} value={coordinator.id}>
                {coordinator.displayName}
              </option>
            ))}
          </select>
        </div>
        <div className="field field--checkbox">
          <input id="match-ended" type="checkbox" name="ended" value="1" defaultChecked={filters.ended === "1"} />
          <label htmlFor="match-ended">{t("matching.pipeline.board.showEnded")}</label>
        </div>
        <button type="submit" className="button">
          {t("matching.pipeline.board.apply")}
        </button>
      </Form>
      <div className="match-board">
        {columns.map((column) => (
          <section key={column.stage} className="match-board__column" aria-labelledby={`stage-${column.stage}`}>
            <h2 id={`stage-${column.stage}`}>
              {t(`matching.pipeline.stage.${column.stage}`)}{" "}
              <span className="muted">{t("matching.pipeline.board.columnCount", { count: column.cards.length })}</span>
            </h2>
            {column.cards.length === 0 ? (
              <p className="muted">{t("matching.pipeline.board.empty")}</p>
            ) : (
              <ul className="match-board__cards">
                {column.cards.map((card) => (
                  <MatchCard key={card.number} card={card} />
                ))}
              </ul>
            )}
          </section>
        ))}
      </div>
      {filters.ended === "1" ? (
        <section aria-labelledby="ended-heading" className="match-ended">
          <h2 id="ended-heading">{t("matching.pipeline.board.endedHeading")}</h2>
          {ended.length === 0 ? (
            <p className="muted">{t("matching.pipeline.board.endedNone")}</p>
          ) : (
            <ul className="match-board__cards match-board__cards--ended">
              {ended.map((card) => (
                <MatchCard key={card.number} card={card} />
              ))}
            </ul>
          )}
        </section>
      ) : null}
    </div>
  );
}
