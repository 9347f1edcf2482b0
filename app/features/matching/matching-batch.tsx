// The batch (cohort) assignment page's two steps. Works without JavaScript: step 1 is a GET form (the chosen
// challenges go in the address as c=…), step 2 a POST form carrying the challenges in hidden fields and one
// select per applicant; the server re-checks everything on "check" and "confirm".
import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { DataTable } from "~/kernel/ui/data-table.tsx";
import { Notice, SubmitButton } from "~/kernel/forms/forms.tsx";
import type { BatchChallengeOption, BatchIssue, BatchPlan, BatchPlanApplicant } from "~/features/matching/engine/batch.server.ts";

export function BatchIssues({ issues }: { issues: readonly BatchIssue[] }) {
  const { t } = useTranslation();
  if (issues.length === 0) return null;
  return (
    <div className="notice notice--error" role="alert">
      <p>
        <strong>{t("matching.batch.errors.heading")}</strong>
      </p>
      <ul>
        {issues.map((issue, index) => (
          <li key={index}>{t(`matching.batch.errors.${issue.key}`, issue.values ?? {})}</li>
        ))}
      </ul>
    </div>
  );
}

export function BatchChooser({
  challenges,
  strategies,
  strategy,
  chosen,
  limit,
}: {
  challenges: readonly BatchChallengeOption[];
  strategies: readonly { code: string; name: string }[];
  strategy: string | null;
  chosen: readonly number[];
  limit: number;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="batch-step1">
      <h2 id="batch-step1">{t("matching.batch.step1")}</h2>
      <p>{t("matching.batch.step1Lead")}</p>
      <Form method="get" className="filter-bar" role="search" aria-label={t("matching.batch.strategyLabel")}>
        <div className="field">
          <label htmlFor="batch-strategy">{t("matching.batch.strategyLabel")}</label>
          <select id="batch-strategy" name="strategy" defaultValue={strategy ?? ""}>
            <option value="">{t("matching.batch.anyStrategy")}</option>
            {strategies.map((item) => (
              <option key={item.code} value={item.code}>
                {item.code}: {item.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button--secondary">
          {t("matching.batch.filter")}
        </button>
      </Form>
      {challenges.length === 0 ? (
        <p>{t("matching.batch.noChallenges")}</p>
      ) : (
        <Form method="get" id="batch-choose">
          {strategy ? <input type="hidden" name="strategy" value={strategy} /> : null}
          <p className="form-hint">{t("matching.batch.tooMany", { max: limit })}</p>
          <DataTable
            caption={t("matching.batch.chooseLegend")}
            columns={[
              t("matching.batch.columnChoose"),
              t("matching.batch.columnChallenge"),
              t("matching.batch.columnStatus"),
              t("matching.batch.columnCapacity"),
              t("matching.batch.columnFree"),
              t("matching.batch.columnApplicants"),
            ]}
          >
            {challenges.map((challenge) => (
              <tr key={challenge.number}>
                <td>
                  <input
                    type="checkbox"
                    name="c"
                    value={challenge.number}
                    id={`batch-c-${challenge.number}`}
                    defaultChecked={chosen.includes(challenge.number)}
                  />
                </td>
                <td>
                  <label htmlFor={`batch-c-${challenge.number}`}>
                    #{challenge.number} [{challenge.strategyCode}] {challenge.title}
                  </label>
                </td>
                <td>{t(`challenge.status.${challenge.status}`)}</td>
                <td>{challenge.capacity}</td>
                <td>{Math.max(0, challenge.capacity - challenge.openMatches)}</td>
                <td>{challenge.applicants}</td>
              </tr>
            ))}
          </DataTable>
          <button type="submit" className="button">
            {t("matching.batch.propose")}
          </button>
        </Form>
      )}
    </section>
  );
}

function ApplicantRow({ applicant, value }: { applicant: BatchPlanApplicant; value: number | null }) {
  const { t } = useTranslation();
  const score = value === null ? null : applicant.options.find((option) => option.challengeNumber === value)?.score;
  const selectId = `assign-${applicant.partnerId}`;
  const notes = [
    ...applicant.proposals.map((proposal) => t("matching.batch.proposalOn", { number: proposal.proposalNumber })),
    ...(applicant.openMatchOn.length
      ? [
          t("matching.batch.openMatchOn", {
            numbers: applicant.openMatchOn.map((number) => `#${number}`).join(", "),
          }),
        ]
      : []),
    ...(applicant.eligible ? [] : [t("matching.batch.notEligible")]),
    ...(applicant.eligible && applicant.optedOut ? [t("matching.batch.optedOut")] : []),
  ];
  return (
    <tr>
      <td>
        <Link to={`/coordinate/partners/${applicant.partnerId}`}>{applicant.name}</Link>
        {notes.length ? <div className="form-hint">{notes.join(" / ")}</div> : null}
      </td>
      <td>
        <label htmlFor={selectId} className="visually-hidden">
          {t("matching.batch.assignLabel", { name: applicant.name })}
        </label>
        <select id={selectId} name={`assign.${applicant.partnerId}`} defaultValue={value === null ? "" : String(value)}>
          <option value="">{t("matching.batch.unassigned")}</option>
          {applicant.options.map((option) => (
            <option key={option.challengeNumber} value={option.challengeNumber}>
              {t("matching.batch.option", {
                number: option.challengeNumber,
                score: option.score,
              })}
            </option>
          ))}
        </select>
      </td>
      <td>{score === null || score === undefined ? "—" : score}</td>
    </tr>
  );
}

export function BatchAssignment({
  plan,
  assignment,
  total,
}: {
  plan: BatchPlan;
  /** What the page shows selected: the proposal, or the coordinator's checked changes. */
  assignment: Record<string, number | null>;
  total: number | null;
}) {
  const { t } = useTranslation();
  const columns = [t("matching.batch.columnPartner"), t("matching.batch.columnAssign"), t("matching.batch.columnScore")];
  const unassigned = plan.applicants.filter((applicant) => (assignment[applicant.partnerId] ?? null) === null);
  return (
    <section aria-labelledby="batch-step2">
      <h2 id="batch-step2">{t("matching.batch.step2")}</h2>
      <p>{t("matching.batch.step2Lead")}</p>
      <p>
        <strong>{t("matching.batch.proposedTotal", { total: plan.proposedTotal })}</strong>
        {total === null ? null : (
          <>
            <br />
            {t("matching.batch.currentTotal", { total })}
          </>
        )}
      </p>
      {plan.applicants.length === 0 ? <p>{t("matching.batch.noApplicants")}</p> : null}
      <Form method="post" id="batch-assign">
        {plan.challenges.map((challenge) => (
          <input key={challenge.number} type="hidden" name="c" value={challenge.number} />
        ))}
        {plan.challenges.map((challenge) => {
          const rows = plan.applicants.filter((applicant) => assignment[applicant.partnerId] === challenge.number);
          return (
            <div key={challenge.number} className="batch-challenge">
              <h3>
                {t("matching.batch.challengeHeading", {
                  number: challenge.number,
                  title: challenge.title,
                })}
              </h3>
              <p className="form-hint">
                {t("matching.batch.capacitySummary", {
                  capacity: challenge.capacity,
                  open: challenge.openMatches,
                  free: challenge.free,
                })}
              </p>
              {rows.length === 0 ? (
                <p>{t("matching.batch.noOneAssigned")}</p>
              ) : (
                <DataTable
                  caption={t("matching.batch.challengeHeading", {
                    number: challenge.number,
                    title: challenge.title,
                  })}
                  columns={columns}
                >
                  {rows.map((applicant) => (
                    <ApplicantRow key={applicant.partnerId} applicant={applicant} value={challenge.number} />
                  ))}
                </DataTable>
              )}
            </div>
          );
        })}
        <div className="batch-challenge">
          <h3>{t("matching.batch.unassignedHeading")}</h3>
          {unassigned.length === 0 ? (
            <p>{t("matching.batch.noneUnassigned")}</p>
          ) : (
            <DataTable caption={t("matching.batch.unassignedHeading")} columns={columns}>
              {unassigned.map((applicant) => (
                <ApplicantRow key={applicant.partnerId} applicant={applicant} value={null} />
              ))}
            </DataTable>
          )}
        </div>
        <div className="form-actions">
          <SubmitButton name="intent" value="check">
            {t("matching.batch.check")}
          </SubmitButton>
          <SubmitButton name="intent" value="confirm">
            {t("matching.batch.confirm")}
          </SubmitButton>
        </div>
      </Form>
      <p>
        <Link to="/coordinate/matching/batch">{t("matching.batch.changeChallenges")}</Link>
      </p>
    </section>
  );
}

/** After confirming: how many matches were created, and how many were there already (a plan confirmed twice). */
export function BatchCreatedNotice({ created, already }: { created: number; already: number }) {
  const { t } = useTranslation();
  if (created === 0 && already > 0) return <Notice tone="success">{t("matching.batch.alreadyConfirmed", { count: already })}</Notice>;
  return (
    <Notice tone="success">
      {t("matching.batch.created", { count: created })}
      {already > 0 ? ` ${t("matching.batch.partlyAlready", { count: already })}` : null}
    </Notice>
  );
}

/** Checked pairs that already have an open match: nothing will be created for them. */
export function BatchAlreadyMatched({ already }: { already: readonly { name: string; number: number }[] }) {
  const { t } = useTranslation();
  if (already.length === 0) return null;
  return (
    <Notice tone="info">
      {t("matching.batch.alreadyMatched", {
        list: already.map((pair) => t("matching.batch.alreadyPair", { name: pair.name, number: pair.number })).join(", "),
      })}
    </Notice>
  );
}
