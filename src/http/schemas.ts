import { z } from 'zod';
import { IdSchema } from '../contract/common.js';

export {
  IdSchema,
  ItemsOf,
  PhaseSchema,
  RatingValueSchema,
  RoleSchema,
  boundedText,
  optionalText,
} from '../contract/common.js';

export const RoundParamsSchema = z.object({ roundId: IdSchema });
