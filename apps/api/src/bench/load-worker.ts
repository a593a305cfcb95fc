import http from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';

/**
 * Issues HTTP requests from its own thread so that the clients' work does not run on the
 * server's event loop. `concurrency` clients each make `rounds` requests. Bodies are read as
 * sent (gzip, like a browser receives them) and not decompressed: the figure is the server's.
 */
interface Job {
  url: string;
  headers: Record<string, string>;
  concurrency: number;
  rounds: number;
}

async function run(job: Job): Promise<number[]> {
  const times: number[] = [];
  for (let round = 0; round < job.rounds; round++) {
    await Promise.all(
      Array.from({ length: job.concurrency }, async () => {
        const started = performance.now();
        const status = await get(job.url, job.headers);
        if (status !== 200) throw new Error(`answered ${status}`);
        times.push(performance.now() - started);
      }),
    );
  }
  return times;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

function get(url: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.get(
      url,
      { agent, headers: { ...headers, 'accept-encoding': 'gzip' } },
      (response) => {
        response.on('data', () => undefined);
        response.on('end', () => resolve(response.statusCode ?? 0));
        response.on('error', reject);
      },
    );
    request.on('error', reject);
  });
}

run(workerData as Job).then(
  (times) => parentPort?.postMessage({ times }),
  (error: unknown) => parentPort?.postMessage({ error: String(error) }),
);
