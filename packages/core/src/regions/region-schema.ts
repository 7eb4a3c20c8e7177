import { enum as enumOf } from 'zod/mini';

/** `cn` or `global`, as a schema. */
export const regionSchema = enumOf(['cn', 'global']);

/** `CNY` or `USD`, as a schema. */
export const currencySchema = enumOf(['CNY', 'USD']);
