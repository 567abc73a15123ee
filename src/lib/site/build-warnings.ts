/** The fields of a bundler log entry that decide whether it is worth a writer's attention. */
export interface BundlerLog {
  code?: string | undefined;
  message: string;
}

/**
 * True for the one bundler warning known to be harmless: every compiled MDX module starts
 * with Astro's `"use astro:head-inject"` directive, and the bundler warns, for each file,
 * that it may not keep it. Astro reads the directive before bundling, so nothing is lost;
 * but at thousands of briefings the warning is megabytes of log that hide real ones.
 */
export function isHarmlessBundlerWarning({ code, message }: BundlerLog): boolean {
  return code === 'MODULE_LEVEL_DIRECTIVE' && message.includes('"use astro:head-inject"');
}

/** A bundler `onLog` handler that drops the harmless warning and passes every other log on. */
export function quietBundlerLog<Level, Log extends BundlerLog>(
  level: Level,
  log: Log,
  passOn: (level: Level, log: Log) => void,
): void {
  if (!isHarmlessBundlerWarning(log)) passOn(level, log);
}
