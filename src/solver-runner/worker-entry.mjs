// Worker bootstrap: registers tsx so the TypeScript worker runs in any host (tsx, vitest, node).
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
