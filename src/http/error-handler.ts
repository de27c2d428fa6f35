/** Every error answers with a code and a message a clerk can act on, naming the fields at fault. */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { AgoraError } from '../errors.ts';

interface ValidationItem {
  instancePath?: string;
  message?: string;
  params?: Record<string, unknown>;
}

function fieldOf(item: ValidationItem, context: string | undefined): string {
  const missing = item.params?.missingProperty;
  const extra = item.params?.additionalProperty;
  const path = (item.instancePath ?? '').replace(/^\//, '').replace(/\//g, '.');
  const name = typeof missing === 'string' ? missing : typeof extra === 'string' ? extra : path;
  return [context === 'body' ? '' : context, name].filter(Boolean).join('.') || (context ?? 'request');
}

export function errorHandler(error: FastifyError | AgoraError, request: FastifyRequest, reply: FastifyReply): void {
  if (error instanceof AgoraError) {
    void reply.code(error.status).send({ code: error.code, message: error.message, problems: error.problems, ...error.details });
    return;
  }
  const validation = (error as FastifyError).validation as ValidationItem[] | undefined;
  if (validation) {
    const context = (error as FastifyError).validationContext;
    const problems = validation.map((item) => ({
      where: fieldOf(item, context),
      message: item.params?.additionalProperty ? 'is not a field this request takes' : (item.message ?? 'is not valid'),
    }));
    void reply.code(400).send({ code: 'AGORA_BAD_INPUT', message: `The request was refused: ${problems.map((p) => p.where).join(', ')} not valid.`, problems });
    return;
  }
  const status = (error as FastifyError).statusCode ?? 500;
  if (status >= 500) request.log.error({ err: error }, 'request failed');
  void reply.code(status).send({ code: (error as FastifyError).code ?? 'AGORA_INTERNAL', message: status >= 500 ? 'Something went wrong on the server; it has been logged.' : error.message });
}
