/** A count with its noun: "1 briefing", "12 briefings", "2 entries" (give `other` where adding "s" is wrong). */
export function plural(count: number, one: string, other = `${one}s`): string {
  return `${count} ${count === 1 ? one : other}`;
}
