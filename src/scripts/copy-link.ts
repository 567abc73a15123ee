/** Shows the copy-link buttons and copies their URL, announcing the result in the status next to them. */
export function enhanceCopyButtons(root: ParentNode): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-copy-link]')) {
    const status = button.parentElement?.querySelector('[data-copy-status]');
    button.hidden = false;
    button.addEventListener('click', async () => {
      const url = button.dataset['copyLink'] ?? location.href;
      try {
        await navigator.clipboard.writeText(url);
        if (status) status.textContent = 'Link copied';
      } catch {
        if (status) status.textContent = `Copy this link: ${url}`;
      }
    });
  }
}
