/** The web app manifest: the site's name, colours and icons, so a reader can add it to a home screen. */
export interface WebManifestInput {
  name: string;
  description: string;
  lang: string;
  /** The site's home, with its base path. */
  start: string;
  /** Each icon's address and size in pixels. */
  icons: { src: string; size: number }[];
  /** Page colour (light) and accent, as CSS colours. */
  background: string;
  theme: string;
}

/** Serializes the manifest as JSON; icons are PNG, maskable-safe squares. */
export function webManifest(input: WebManifestInput): string {
  return JSON.stringify({
    name: input.name,
    short_name: input.name,
    description: input.description,
    lang: input.lang,
    start_url: input.start,
    scope: input.start,
    display: 'browser',
    background_color: input.background,
    theme_color: input.theme,
    icons: input.icons.map(({ src, size }) => ({ src, sizes: `${size}x${size}`, type: 'image/png', purpose: 'any' })),
  });
}
