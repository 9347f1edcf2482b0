// What a command (a feature module's write) answers: ok with what it produced, or one of four failures every page
// knows how to answer. Every failure has a reason: a code the page turns into its own message ("not-found",
// "invalid-transition"), or already the translation key to show ("organisations.errors.lastOwner"). Models never
// name HTTP statuses; pages get them from failureStatus.

/** Who changed a record since the person opened it, and when: what a write based on an older version is told. */
export type Change = { version: number; changedAt: Date; changedBy: string | null };

/** A Change as a page receives it (the date as an ISO string): what the conflict notice shows. */
export type Conflict = { version: number; changedAt: string; changedBy: string | null };

export type Ok<T extends object = object> = { ok: true } & T;

/** Nothing there, or nothing this person may know of. */
export type NotFoundFailure<R extends string = "not-found"> = { ok: false; kind: "not-found"; reason: R };
/** There, and this person knows it, but may not do this. */
export type ForbiddenFailure<R extends string = "forbidden"> = { ok: false; kind: "forbidden"; reason: R };
/** Refused by the record's current state; `current` when someone changed it since the person looked. */
export type ConflictFailure<R extends string = "conflict"> = { ok: false; kind: "conflict"; reason: R; current?: Change };
/** Refused as asked (optionally naming the form field); with retryAfterSeconds, refused for now by a rate limit. */
export type InvalidFailure<R extends string = string> = {
  ok: false;
  kind: "invalid";
  reason: R;
  field?: string;
  retryAfterSeconds?: number;
};

export type Failure<R extends string = string> = NotFoundFailure<R> | ForbiddenFailure<R> | ConflictFailure<R> | InvalidFailure<R>;

/** A command's answer; `F` narrows the failures it can give. */
export type Result<T extends object = object, F extends Failure = Failure> = Ok<T> | F;

export function ok(): Ok;
export function ok<T extends object>(value: T): Ok<T>;
export function ok(value: object = {}): Ok {
  return { ok: true, ...value };
}

export function notFound(): NotFoundFailure<"not-found">;
export function notFound<const R extends string>(reason: R): NotFoundFailure<R>;
export function notFound(reason = "not-found"): NotFoundFailure<string> {
  return { ok: false, kind: "not-found", reason };
}

export function forbidden(): ForbiddenFailure<"forbidden">;
export function forbidden<const R extends string>(reason: R): ForbiddenFailure<R>;
export function forbidden(reason = "forbidden"): ForbiddenFailure<string> {
  return { ok: false, kind: "forbidden", reason };
}

/** A stale version (someone changed the record: who and when), or a state that refuses the command (a reason). */
export function conflict(current: Change): ConflictFailure<"conflict"> & { current: Change };
export function conflict<const R extends string>(reason: R): ConflictFailure<R>;
export function conflict(cause: Change | string): ConflictFailure<string> {
  return typeof cause === "string"
    ? { ok: false, kind: "conflict", reason: cause }
    : { ok: false, kind: "conflict", reason: "conflict", current: cause };
}

/** After a version check failed: the change the person did not see, or not found when the record has gone meanwhile. */
export function conflictOrNotFound(current: Change | null) {
  return current ? conflict(current) : notFound();
}

export function invalid<const R extends string>(reason: R): InvalidFailure<R>;
export function invalid<const R extends string, const F extends string>(reason: R, field: F): InvalidFailure<R> & { field: F };
export function invalid(reason: string, field?: string): InvalidFailure {
  return field === undefined ? { ok: false, kind: "invalid", reason } : { ok: false, kind: "invalid", reason, field };
}

/** Refused by a rate limit: ask again after `retryAfterSeconds`. */
export function limited<const R extends string>(reason: R, retryAfterSeconds: number): InvalidFailure<R> & { retryAfterSeconds: number } {
  return { ok: false, kind: "invalid", reason, retryAfterSeconds };
}

/** A Change as sent to the page. */
export function toConflict(change: Change): Conflict {
  return { version: change.version, changedAt: change.changedAt.toISOString(), changedBy: change.changedBy };
}

/** The conflict notice's data when the failure is a stale version, else null. */
export function conflictOf(failure: Failure): Conflict | null {
  return failure.kind === "conflict" && failure.current ? toConflict(failure.current) : null;
}

export type FailureStatus = 400 | 403 | 404 | 409 | 429;

/** The HTTP status a page answers a failure with. */
export function failureStatus(failure: Failure): FailureStatus {
  switch (failure.kind) {
    case "not-found":
      return 404;
    case "forbidden":
      return 403;
    case "conflict":
      return 409;
    case "invalid":
      return failure.retryAfterSeconds === undefined ? 400 : 429;
  }
}

/** The status, and Retry-After for a rate limit. */
export function failureInit(failure: Failure): ResponseInit {
  const status = failureStatus(failure);
  return failure.kind === "invalid" && failure.retryAfterSeconds !== undefined
    ? { status, headers: { "Retry-After": String(failure.retryAfterSeconds) } }
    : { status };
}
