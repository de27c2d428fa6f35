/** Sending a cached rendering with its ETag, answering 304 when the client already has it. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Rendered } from '../app/programme-cache.ts';

export interface SendOptions {
  contentType: string;
  cors?: boolean;
  /** Offer the bytes as a download with this file name. */
  filename?: string;
}

function etagMatches(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  return header
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === etag || tag === '*');
}

export function sendRendered(request: FastifyRequest, reply: FastifyReply, rendered: Rendered, options: SendOptions): FastifyReply {
  reply.header('etag', rendered.etag).header('cache-control', 'no-cache').header('vary', 'accept-encoding');
  if (options.cors) reply.header('access-control-allow-origin', '*').header('access-control-expose-headers', 'ETag');
  if (options.filename) reply.header('content-disposition', `inline; filename="${options.filename}"`);
  if (etagMatches(request.headers['if-none-match'], rendered.etag)) return reply.code(304).send();
  return reply.type(options.contentType).send(rendered.body);
}
