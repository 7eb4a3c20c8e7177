/** What values one request parameter takes. Lengths count characters (code points). */
export type ParamRule =
  | {
      kind: 'number';
      min?: number;
      max?: number;
      /** An exclusive lower bound. */
      above?: number;
      integer?: true;
      default?: number;
    }
  | { kind: 'text'; min?: number; max?: number }
  | { kind: 'choice'; values: readonly (string | number)[]; default?: string | number };

/** One parameter of one endpoint: `field` is a dotted path into the JSON body (`voice_setting.speed`). */
export interface RequestParam {
  path: string;
  field: string;
  rule: ParamRule;
}
