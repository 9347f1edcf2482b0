// The authenticator secret of the demo admin and coordinator (development data only, prisma/seed/demo.ts; README).
// Public on purpose: /dev/two-factor shows its current code, and an authenticator app can be set up with it too.
// Never used outside the demo seed: /dev/two-factor answers 404 unless NODE_ENV is development.
export const DEMO_TOTP_SECRET = "SHIOJIRIHUBDEMOSTAFFSECRET234567";
