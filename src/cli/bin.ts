/** Entry point of the bundled CLI. */
import { main } from './main.js';
import { guardOutputStreams } from './output.js';

guardOutputStreams();

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.exitCode = 70;
  },
);
