// The suite's ledger: every check passes or fails with a reason, and the run ends with a table and
// one line `N passed, N failed`.

/** Creates an empty ledger. */
export function createChecks() {
  const results = [];

  /** Records a check; `detail` explains a failure (the tail of an output, an error message). */
  function record(group, name, ok, detail = '', ms = undefined) {
    results.push({ group, name, ok, detail, ms });
    const time = ms === undefined ? '' : ` (${(ms / 1000).toFixed(1)} s)`;
    console.log(`${ok ? '  ✓' : '  ✗'} ${group} › ${name}${time}`);
    return ok;
  }

  /** Runs `body`; a thrown error fails the check with its message. Resolves with whether it passed. */
  async function check(group, name, body) {
    const started = Date.now();
    try {
      const outcome = await body();
      const ok = outcome?.ok ?? true;
      return record(group, name, ok, outcome?.detail ?? '', Date.now() - started);
    } catch (error) {
      const detail = `    ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
      return record(group, name, false, detail, Date.now() - started);
    }
  }

  /** The table of every check, then the failures in full, then the count line. */
  function summary() {
    const width = Math.max(...results.map((r) => `${r.group} › ${r.name}`.length), 10);
    const lines = ['', 'Consumer checks', `${'check'.padEnd(width)}  result`];
    lines.push(`${'-'.repeat(width)}  ------`);
    for (const r of results)
      lines.push(`${`${r.group} › ${r.name}`.padEnd(width)}  ${r.ok ? 'pass' : 'FAIL'}`);
    const failed = results.filter((r) => !r.ok);
    if (failed.length > 0) {
      lines.push('', 'Failures');
      for (const r of failed) lines.push(`✗ ${r.group} › ${r.name}`, r.detail || '    (no detail)');
    }
    lines.push('', `${results.length - failed.length} passed, ${failed.length} failed`);
    return { text: lines.join('\n'), failed: failed.length };
  }

  return { record, check, summary };
}
