// Who may do what. Shared by server guards (requirePermission) and the UI (what to show), so the two can
// never disagree. Everyone signed in is a resident; other roles are granted by admins and audit-logged.

export const roles = ["RESIDENT", "PARTNER", "COORDINATOR", "MODERATOR", "ADMIN", "COORDINATOR_LEAD"] as const;
export type RoleName = (typeof roles)[number];

/** Roles an admin grants; RESIDENT is every account's default and cannot be revoked. */
export const grantableRoles = ["PARTNER", "COORDINATOR", "COORDINATOR_LEAD", "MODERATOR", "ADMIN"] as const satisfies readonly RoleName[];

export const permissions = [
  "account:manage-own",
  "challenge:create",
  "challenge:edit",
  "challenge:publish",
  "partner:view-private",
  "proposal:create",
  "proposal:review",
  "match:manage",
  "initiative:create",
  "initiative:update",
  "initiative:manage",
  "role:grant",
  "audit:read",
  "email:manage",
  "taxonomy:manage",
  "indicator:manage",
  "security:read",
  "moderation:manage",
  "engagement:manage",
] as const;
export type Permission = (typeof permissions)[number];

const coordinatorPermissions: readonly Permission[] = [
  "account:manage-own",
  "challenge:create",
  "challenge:edit",
  "challenge:publish",
  "partner:view-private",
  "proposal:review",
  "match:manage",
  "initiative:create",
  "initiative:update",
  "initiative:manage",
  "engagement:manage",
];

const permissionsByRole: Record<RoleName, readonly Permission[]> = {
  RESIDENT: ["account:manage-own"],
  PARTNER: ["account:manage-own", "proposal:create", "initiative:update"],
  COORDINATOR: coordinatorPermissions,
  // The lead is a coordinator who also hears of overdue first responses (decision 0019); no other powers.
  COORDINATOR_LEAD: coordinatorPermissions,
  // Works the reports queue, hides and restores, suspends accounts (docs/decisions/0018-moderation.md). Not the audit
  // log (addresses and IPs of everyone), role grants, e-mail admin or the taxonomy: those stay with administrators.
  MODERATOR: ["account:manage-own", "moderation:manage"],
  ADMIN: [...permissions],
};

export function permissionsFor(userRoles: readonly RoleName[]): Set<Permission> {
  const granted = new Set<Permission>();
  for (const role of ["RESIDENT" as const, ...userRoles]) for (const permission of permissionsByRole[role]) granted.add(permission);
  return granted;
}

export function hasPermission(userRoles: readonly RoleName[], permission: Permission): boolean {
  return permissionsFor(userRoles).has(permission);
}

/**
 * Roles that are not staff: the public's. Every other role — coordinators, admins and any role added later (a
 * moderator, say) — is staff: it needs a second factor, has shorter sessions and re-authenticates before sensitive
 * actions (decision 0017). Listing who is NOT staff makes a new role staff by default, the safe side.
 */
const publicRoles: readonly string[] = ["RESIDENT", "PARTNER"];

function isStaffRole(role: RoleName): boolean {
  return !publicRoles.includes(role);
}

export function isStaff(userRoles: readonly RoleName[]): boolean {
  return userRoles.some(isStaffRole);
}

/** The roles a session holds while it has not passed a second factor: staff roles wait until it has. */
export function rolesWithoutSecondFactor(userRoles: readonly RoleName[]): RoleName[] {
  return userRoles.filter((role) => !isStaffRole(role));
}
