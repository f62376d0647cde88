/** Entry point of the bundled CLI (dist/mandate.js); the start-up snapshot has its own (snapshot.ts). */
import { runMain } from './main.js';

runMain(process.argv.slice(2));
