// Who may do what. Shared by server guards (requirePermission) and the UI (what to show), so the two can
// never disagree. Everyone signed in is a resident; other roles are granted by admins and audit-logged.

export const roles = ["RESIDENT", "PARTNER", "COORDINATOR", "ADMIN"] as const;
export type RoleName = (typeof roles)[number];

/** Roles an admin grants; RESIDENT is every account's default and cannot be revoked. */
export const grantableRoles = ["PARTNER", "COORDINATOR", "ADMIN"] as const satisfies readonly RoleName[];

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
  "engagement:manage",
] as const;
export type Permission = (typeof permissions)[number];

const permissionsByRole: Record<RoleName, readonly Permission[]> = {
  RESIDENT: ["account:manage-own"],
  PARTNER: ["account:manage-own", "proposal:create", "initiative:update"],
  COORDINATOR: [
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
  ],
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
