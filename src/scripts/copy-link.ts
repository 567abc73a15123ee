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

/** Shows the copy-link buttons and shares or copies their URL, announcing the result in the status next to them. */
export function enhanceCopyButtons(root: ParentNode): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-copy-link]')) {
    const status = button.parentElement?.querySelector('[data-copy-status]');
    button.hidden = false;
    button.addEventListener('click', async () => {
      const url = button.dataset['copyLink'] ?? location.href;
      try {
        const result = await shareOrCopy(button, url);
        if (status) status.textContent = result;
      } catch {
        if (status) status.textContent = `Copy this link: ${url}`;
      }
    });
  }
}
