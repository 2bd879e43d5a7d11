// Worker-thread entry: registers tsx's TypeScript loader in this thread, then runs the solve.
// (A loader given on the parent's command line does not reach worker threads in every runner.)
import { register } from 'tsx/esm/api';

register();
await import('./solve-thread-worker.ts');
