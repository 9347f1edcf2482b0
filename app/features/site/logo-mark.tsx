/** The hub's mark: three overlapping circles for strategies A, B and C meeting in one place (共創). */
export function LogoMark({ size = 40 }: { size?: number }) {
  return (
    <svg className="logo-mark" width={size} height={size} viewBox="0 0 40 40" aria-hidden="true" focusable="false">
      <circle cx="15" cy="15" r="10" fill="var(--strategy-a)" opacity="0.9" />
      <circle cx="25" cy="15" r="10" fill="var(--strategy-b)" opacity="0.85" />
      <circle cx="20" cy="25" r="10" fill="var(--strategy-c)" opacity="0.85" />
    </svg>
  );
}
