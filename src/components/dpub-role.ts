/** DPUB-ARIA roles for citations. Astro's `AriaRole` type omits them, though browsers and screen readers support them. */
export function dpubRole(role: 'doc-noteref' | 'doc-backlink' | 'doc-endnotes'): astroHTML.JSX.AriaRole {
  return role as astroHTML.JSX.AriaRole;
}
