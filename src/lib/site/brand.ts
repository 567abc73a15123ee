/**
 * The brand's colours where CSS cannot reach: the browser's theme colour, the web app
 * manifest and the icons. They match the paper and accent of src/styles/tokens.css.
 */
export const brand = {
  paper: '#fbfaf7',
  darkPaper: '#1a1917',
  accent: '#9f1239',
} as const;
