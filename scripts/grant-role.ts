// `npm run user:grant-role -- someone@example.jp ADMIN` — gives an existing account a role from the command
// line. This is how a fresh production hub gets its first administrator; later grants happen in /admin/users.
import "dotenv/config";
import { writeAudit } from "../app/kernel/audit/audit.server.ts";
import { prisma } from "../app/kernel/db.server.ts";
import { grantableRoles } from "../app/kernel/auth/permissions.ts";

const [email, role] = process.argv.slice(2);
if (!email || !role || !(grantableRoles as readonly string[]).includes(role)) {
  console.error(`usage: npm run user:grant-role -- <email> <${grantableRoles.join("|")}>`);
  process.exit(2);
}

try {
  const user = await prisma.user.findUnique({ where: { email: email.trim().toLowerCase() }, select: { id: true, email: true } });
  if (!user) {
    console.error(`no account with the address ${email}: sign up first, then run this again`);
    process.exit(1);
  }
  await prisma.$transaction(async (tx) => {
    await tx.userRole.createMany({ data: [{ userId: user.id, role: role as (typeof grantableRoles)[number] }], skipDuplicates: true });
    await writeAudit(tx, {
      actor: { id: user.id, label: "command line" },
      action: "role.granted",
      targetType: "user",
      targetId: user.id,
      details: { role, email: user.email, via: "scripts/grant-role.ts" },
    });
  });
  console.log(`${user.email} now has the role ${role}`);
} finally {
  await prisma.$disconnect();
}
