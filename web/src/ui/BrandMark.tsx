interface BrandMarkProps {
  size?: number;
}

/** Corium's mark: a circle of skin renewing itself, its last quarter drawn as fine points. */
export function BrandMark({ size = 32 }: BrandMarkProps) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="8" fill="var(--mantine-color-corium-7)" />
      <path
        d="M21.66 10.34A8 8 0 1 0 21.66 21.66"
        fill="none"
        stroke="#fff"
        strokeWidth="3"
        strokeLinecap="round"
      />
      <g fill="var(--mantine-color-corium-2)">
        <circle cx="23.39" cy="12.94" r="1.3" />
        <circle cx="24" cy="16" r="1.3" />
        <circle cx="23.39" cy="19.06" r="1.3" />
      </g>
    </svg>
  );
}
