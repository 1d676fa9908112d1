/**
 * Parses and validates a reader's files off the main thread, so a 20 MB file
 * never freezes the tab. The same one door as everywhere else.
 */
import { parseDatasetFiles, type DatasetFile } from '../model';

self.onmessage = (e: MessageEvent<{ files: DatasetFile[] }>) => {
  self.postMessage(parseDatasetFiles(e.data.files));
};
