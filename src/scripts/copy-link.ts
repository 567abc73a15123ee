/** Opens the share sheet when the button asks for it and the browser has one; else copies. Returns what to announce. */
async function shareOrCopy(button: HTMLButtonElement, url: string): Promise<string> {
  const title = button.dataset['shareTitle'];
  if (title !== undefined && typeof navigator.share === 'function') {
    try {
      await navigator.share({ title, url });
      return '';
    } catch (error) {
      // The reader closed the share sheet: nothing to announce. Any other failure falls back to copying.
      if ((error as Error).name === 'AbortError') return '';
    }
  }
  await navigator.clipboard.writeText(url);
  return 'Link copied';
}

/** How long "Link copied" stays before the status clears, so the next copy is announced again. */
export const STATUS_CLEAR_MS = 4000;

/** Announces `text` in `status`, then clears it after a while (a status that never clears is never announced again). */
function announce(status: HTMLElement | null | undefined, text: string, clearAfter = STATUS_CLEAR_MS): void {
  if (!status) return;
  status.textContent = text;
  window.clearTimeout(Number(status.dataset['clearTimer'] ?? 0));
  if (!text) return;
  status.dataset['clearTimer'] = String(window.setTimeout(() => (status.textContent = ''), clearAfter));
}

/** Shows the copy-link buttons and shares or copies their URL, announcing the result in the status next to them. */
export function enhanceCopyButtons(root: ParentNode): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-copy-link]')) {
    const status = button.parentElement?.querySelector<HTMLElement>('[data-copy-status]');
    button.hidden = false;
    button.addEventListener('click', async () => {
      const url = button.dataset['copyLink'] ?? location.href;
      try {
        announce(status, await shareOrCopy(button, url));
      } catch {
        // Nothing could copy: the address stays visible until the reader has copied it by hand.
        if (status) status.textContent = `Copy this link: ${url}`;
      }
    });
  }
}
