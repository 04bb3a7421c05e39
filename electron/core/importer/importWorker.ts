// The one script the import job's threads run (dist/importWorker.js): the coordinator, which stores
// articles and starts the analysis threads from this same file, or an analysis thread; the library's
// whole-file integrity check (db/integrityCheck.ts), which needs the same bundled database binding; and
// the re-analysis after a new analysis version (reanalysis.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { runIntegrityCheck, type IntegritySetup } from '../db/integrityCheck';
import { runReanalysis, type ReanalysisSetup } from '../reanalysis';
import { runAnalysisWorker } from './analysisWorker';
import { runCoordinator } from './importCoordinator';
import type { CoordinatorSetup, WorkerSetup } from './importWorkerProtocol';

if (!parentPort) throw new Error('importWorker runs only as a worker thread');
const setup = workerData as WorkerSetup | CoordinatorSetup | IntegritySetup | ReanalysisSetup;
if (setup.role === 'check') runIntegrityCheck(parentPort, setup);
else if (setup.role === 'reanalyse') runReanalysis(parentPort, setup);
else if (setup.role === 'coordinate') runCoordinator(parentPort, setup);
else runAnalysisWorker(parentPort, setup);
