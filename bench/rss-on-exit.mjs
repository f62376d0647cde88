// Preloaded with --import: reports the process's peak resident memory on exit, on stderr,
// so a benchmark can read the peak of a whole game without platform tools.
process.on('exit', () => {
  process.stderr.write(`\nMAXRSS_KB=${process.resourceUsage().maxRSS}\n`);
});
