// The API server's dossier worker (@bilat/api's dossier-workers.ts), as an entry file of the
// command line's bundle: `bilat serve` bundles the server, whose chunk starts its workers from
// `./dossier-worker.js` beside it.
import '@bilat/api/dossier-worker';
