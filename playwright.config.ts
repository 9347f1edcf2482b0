import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.PORT ?? 3210);
const baseURL = `http://localhost:${port}`;
// The stand-in for the Resend API (tests/support/mail-stub.ts); scripts/test.ts picks a free port. Set here so
// the test workers, which inherit this process's environment, find it too (tests/e2e/support.ts `mailbox`).
process.env.MAIL_STUB_PORT ??= "3211";
const mailStubPort = Number(process.env.MAIL_STUB_PORT);
const mailStubURL = `http://127.0.0.1:${mailStubPort}`;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  // A flow with several axe scans and a mail round trip takes ~30 s on a 2-core CI machine: room to spare.
  timeout: 90_000,
  reporter: [["list"], ["json", { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ?? "test-reports/playwright.json" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], channel: undefined }, grepInvert: /@phone/ },
    { name: "phone", use: { ...devices["Pixel 7"], channel: undefined }, grep: /@phone/ },
  ],
  webServer: [
    {
      command: `node_modules/.bin/tsx tests/support/mail-stub.ts --port ${mailStubPort}`,
      url: `${mailStubURL}/__stub/stats`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: "node server.js",
      url: `${baseURL}/healthz`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: {
        NODE_ENV: "production",
        PORT: String(port),
        HOST: "127.0.0.1",
        // Required in production: links in e-mails and the Origin check use it, never the Host header.
        APP_ORIGIN: baseURL,
        DATABASE_URL: process.env.DATABASE_URL ?? "",
        // Real delivery path (outbox → pg-boss worker → resend SDK), pointed at the stub instead of Resend.
        RESEND_API_KEY: "re_test_key",
        RESEND_BASE_URL: mailStubURL,
        // Tests send X-Forwarded-For to get a client address of their own (separate rate-limit buckets).
        TRUST_PROXY: "1",
      },
    },
  ],
});
