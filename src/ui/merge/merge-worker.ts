// The merging worker (docs/design.md §14): plans a merge and builds its diff off the main thread, so
// the page keeps answering input while two large datasets are matched and checked.
import { serveJob } from '../../workers/worker-job';
import { mergeInWorker, type MergeReply, type MergeRequest } from './merge-request';

serveJob<MergeRequest, never, MergeReply>((request) => mergeInWorker(request));
