import * as z from 'zod/mini';

/**
 * Record ids: lowercase kebab-case, unique across the whole dataset.
 * Claims, movements, deployments and events carry their noun as a prefix (`claim-`, `movement-`, `deployment-`,
 * `event-`) because a claim's subject list and a URL selection name them without saying what they are. Actors,
 * places and sources are only named from typed fields and keep short readable ids (`kor-nis`, `vladivostok`,
 * `kesq-2024-10-21-withdrawal`).
 */

const KEBAB = '[a-z0-9]+(?:-[a-z0-9]+)*';

function idSchema(prefix: string, what: string) {
  const pattern = new RegExp(`^${prefix}${KEBAB}$`);
  const example = prefix === '' ? 'such as kor-nis' : `starting with "${prefix}"`;
  return z.string().check(z.regex(pattern, `${what} id must be lowercase kebab-case ${example}`));
}

export const ActorIdSchema = idSchema('', 'an actor');
export const PlaceIdSchema = idSchema('', 'a place');
export const SourceIdSchema = idSchema('', 'a source');
export const ClaimIdSchema = idSchema('claim-', 'a claim');
export const MovementIdSchema = idSchema('movement-', 'a movement');
export const DeploymentIdSchema = idSchema('deployment-', 'a deployment');
export const EventIdSchema = idSchema('event-', 'an event');
