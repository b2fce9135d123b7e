import type { ServerResponse } from 'node:http';
import type { EventMessage } from '../../shared/events';

/** Server-sent events for browser mode: one stream per open tab. */
export class EventStreams {
  private readonly clients = new Set<ServerResponse>();

  open(res: ServerResponse): void {
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
      'X-Content-Type-Options': 'nosniff',
    });
    res.write(': connected\n\n');
    this.clients.add(res);
    res.on('close', () => this.clients.delete(res));
  }

  send(message: EventMessage): void {
    const frame = `data: ${JSON.stringify(message)}\n\n`;
    for (const client of this.clients) client.write(frame);
  }

  closeAll(): void {
    for (const client of this.clients) client.end();
    this.clients.clear();
  }
}
