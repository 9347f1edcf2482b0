-- An initiative's start date is a day in Japan: the old default (CURRENT_TIMESTAMP cast to date in the session's
-- zone, UTC) dated one started before 09:00 JST a day early.
-- AlterTable
ALTER TABLE "Initiative" ALTER COLUMN "startedOn" SET DEFAULT ((now() AT TIME ZONE 'Asia/Tokyo'::text))::date;

