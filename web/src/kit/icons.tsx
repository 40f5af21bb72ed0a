/** Small decorative images. They carry no meaning of their own, so screen readers skip them. */

export function LogoMark() {
  return (
    <svg className="app-logo" viewBox="0 0 40 40" width="40" height="40" aria-hidden="true" focusable="false">
      <rect x="2" y="7" width="36" height="26" rx="6" fill="var(--ds-color-accent-base-default)" />
      <circle cx="13" cy="20" r="5.5" fill="var(--ds-color-warning-base-default)" />
      <rect x="22" y="15" width="11" height="3" rx="1.5" fill="var(--ds-color-accent-base-contrast-default)" />
      <rect x="22" y="22" width="7" height="3" rx="1.5" fill="var(--ds-color-accent-base-contrast-default)" />
    </svg>
  );
}

export function GlobeIcon() {
  return (
    <svg className="app-icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        fillRule="evenodd"
        d="M12 2.25a9.75 9.75 0 1 0 0 19.5 9.75 9.75 0 0 0 0-19.5M3.79 11.25a8.26 8.26 0 0 1 5.36-7.04 15.6 15.6 0 0 0-1.88 7.04zm0 1.5h3.48c.1 2.56.77 5 1.88 7.04a8.26 8.26 0 0 1-5.36-7.04m5 0c.13 2.66.94 5.1 2.17 6.9q.51.05 1.04.05.52 0 1.04-.05c1.23-1.8 2.04-4.24 2.17-6.9zm6.42-1.5H8.79c.13-2.66.94-5.1 2.17-6.9a8.4 8.4 0 0 1 2.08 0c1.23 1.8 2.04 4.24 2.17 6.9m1.5 1.5c-.1 2.56-.77 5-1.88 7.04a8.26 8.26 0 0 0 5.36-7.04zm3.48-1.5h-3.48a15.6 15.6 0 0 0-1.88-7.04 8.26 8.26 0 0 1 5.36 7.04"
      />
    </svg>
  );
}

/** The leisure card with a ticket behind it, shown beside the front page's heading on wide screens. */
export function CardIllustration() {
  return (
    <svg className="hero__art" viewBox="0 0 320 220" aria-hidden="true" focusable="false">
      <g transform="rotate(-8 210 90)">
        <rect x="150" y="30" width="150" height="80" rx="12" fill="var(--ds-color-warning-surface-active)" />
        <circle cx="150" cy="70" r="12" fill="var(--ds-color-accent-background-tinted)" />
        <circle cx="300" cy="70" r="12" fill="var(--ds-color-accent-background-tinted)" />
        <path d="M240 42v56" stroke="var(--ds-color-warning-border-default)" strokeWidth="3" strokeDasharray="6 6" />
        <circle cx="200" cy="70" r="16" fill="var(--ds-color-warning-base-default)" />
      </g>
      <rect x="20" y="70" width="230" height="140" rx="18" fill="var(--ds-color-accent-base-default)" />
      <rect x="20" y="70" width="230" height="140" rx="18" fill="url(#hero-shine)" />
      <circle cx="64" cy="118" r="20" fill="var(--ds-color-warning-base-default)" />
      <rect x="100" y="106" width="110" height="10" rx="5" fill="var(--ds-color-accent-base-contrast-default)" />
      <rect x="100" y="124" width="70" height="10" rx="5" fill="var(--ds-color-accent-base-contrast-subtle)" />
      <rect x="44" y="170" width="60" height="12" rx="6" fill="var(--ds-color-accent-base-contrast-subtle)" />
      <rect x="116" y="170" width="60" height="12" rx="6" fill="var(--ds-color-accent-base-contrast-subtle)" />
      <defs>
        <linearGradient id="hero-shine" x1="0" y1="0" x2="1" y2="1">
          <stop offset="0" stopColor="#ffffff" stopOpacity="0.18" />
          <stop offset="1" stopColor="#ffffff" stopOpacity="0" />
        </linearGradient>
      </defs>
    </svg>
  );
}

/** A person's outline, beside the name of who is logged in. */
export function PersonIcon() {
  return (
    <svg className="app-icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        fillRule="evenodd"
        d="M12 3.75a3.75 3.75 0 1 0 0 7.5 3.75 3.75 0 0 0 0-7.5M6.75 7.5a5.25 5.25 0 1 1 10.5 0 5.25 5.25 0 0 1-10.5 0M4.5 20.25c0-3.3 3.03-5.75 7.5-5.75s7.5 2.45 7.5 5.75a.75.75 0 0 1-1.5 0c0-2.14-2.07-4.25-6-4.25s-6 2.11-6 4.25a.75.75 0 0 1-1.5 0"
      />
    </svg>
  );
}

/** An arrow into a door, on the login button; mirrored in right-to-left text. */
export function LoginIcon() {
  return (
    <svg
      className="app-icon app-icon--directional"
      viewBox="0 0 24 24"
      width="20"
      height="20"
      aria-hidden="true"
      focusable="false"
    >
      <path
        fill="currentColor"
        fillRule="evenodd"
        d="M13 3.75a.75.75 0 0 1 .75-.75h4.5A2.75 2.75 0 0 1 21 5.75v12.5A2.75 2.75 0 0 1 18.25 21h-4.5a.75.75 0 0 1 0-1.5h4.5c.69 0 1.25-.56 1.25-1.25V5.75c0-.69-.56-1.25-1.25-1.25h-4.5a.75.75 0 0 1-.75-.75m-2.03 3.72a.75.75 0 0 1 1.06 0l4 4a.75.75 0 0 1 0 1.06l-4 4a.75.75 0 1 1-1.06-1.06l2.72-2.72H3.75a.75.75 0 0 1 0-1.5h9.94l-2.72-2.72a.75.75 0 0 1 0-1.06"
      />
    </svg>
  );
}

/** An arrow down onto a line, on download links. */
export function DownloadIcon() {
  return (
    <svg className="app-icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        fillRule="evenodd"
        d="M12 3.25a.75.75 0 0 1 .75.75v10.19l3.72-3.72a.75.75 0 1 1 1.06 1.06l-5 5a.75.75 0 0 1-1.06 0l-5-5a.75.75 0 1 1 1.06-1.06l3.72 3.72V4a.75.75 0 0 1 .75-.75M4.75 19a.75.75 0 0 1 .75-.75h13a.75.75 0 0 1 0 1.5h-13a.75.75 0 0 1-.75-.75"
      />
    </svg>
  );
}

/** Three lines: the menu button on a phone. */
export function MenuIcon() {
  return (
    <svg className="app-icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
      <path fill="currentColor" d="M3 5.25h18v1.5H3zm0 6h18v1.5H3zm0 6h18v1.5H3z" />
    </svg>
  );
}
