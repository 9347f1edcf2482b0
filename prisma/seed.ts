// Usage: tsx prisma/seed.ts            reference data only (production)
//        tsx prisma/seed.ts --demo     reference data, then demo data when the database has none yet
import "dotenv/config";
import { prisma } from "../app/kernel/db.server.ts";
import { seedDemoData } from "./seed/demo.ts";
import { seedReferenceData } from "./seed/reference.ts";

const withDemo = process.argv.includes("--demo");

try {
  const started = performance.now();
  await seedReferenceData(prisma);
  if (withDemo) await seedDemoData(prisma);
  console.log(`[seed] ${withDemo ? "reference and demo" : "reference"} data ready in ${Math.round(performance.now() - started)} ms`);
} finally {
  await prisma.$disconnect();
}
