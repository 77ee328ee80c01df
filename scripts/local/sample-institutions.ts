import * as z from 'zod/mini';
import { Institution } from '#shared/schemas/institution.schema';
import institutions from '../seed/institutions.json';

/** A sample of Kutai Kartanegara's institutions, one or more of each institutional type: loaded by
 * the local stack so the compliance report has something to report on, and by `npm run seed:aws`
 * into a new deployment (the IT team replaces the file with the regency's whole registry). */
export const SAMPLE_INSTITUTIONS: Institution[] = z.parse(z.array(Institution), institutions);
