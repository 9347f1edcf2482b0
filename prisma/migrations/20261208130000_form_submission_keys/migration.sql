-- A form's submission key, used once: a form sent twice does its work once (app/kernel/forms/submission-key.server.ts).
CREATE TABLE "FormSubmission" (
    "key" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "location" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FormSubmission_pkey" PRIMARY KEY ("key")
);

CREATE INDEX "FormSubmission_createdAt_idx" ON "FormSubmission"("createdAt");

ALTER TABLE "FormSubmission" ADD CONSTRAINT "FormSubmission_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
