// Child process for the kill -9 test: takes backups one after another through the real
// backup service, acknowledging each only once it is written, verified and recorded.
import { openDatabase } from '../../src/main/db/open';
import { createServices } from '../../src/main/core/services';

const [dbPath, dataDir, folder] = process.argv.slice(2);
const database = openDatabase(dbPath!);
const { backup } = createServices({ database, dataDir: dataDir! });
process.stdout.write('ready\n');
for (;;) {
  // into a folder of its own (as on a USB stick): no rotation, every backup stays
  const info = await backup.create('manual', folder!);
  process.stdout.write(`ack ${info.name}\n`);
}
