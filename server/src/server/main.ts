import { startServer } from './server.js';

// The bundled entry VS Code starts over IPC; `storylint --stdio` starts the same server over stdio.
startServer();
